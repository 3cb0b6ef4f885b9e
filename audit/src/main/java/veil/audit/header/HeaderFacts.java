package veil.audit.header;

import java.util.Map;

/**
 * What the run needs from one header beside its findings: the strata of the spot-check sample and the values the
 * linkage check compares across patients (kept in memory only, never written).
 *
 * @param linkable top-level identifying values other than the patient's own (institution, operator, station...)
 */
public record HeaderFacts(String patientId, String modality, String manufacturer, String model, boolean image,
                          String burnedInAnnotation, Map<String, String> linkable) {
    public HeaderFacts {
        linkable = Map.copyOf(linkable);
    }
}
