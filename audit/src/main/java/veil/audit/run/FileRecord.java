package veil.audit.run;

import veil.audit.finding.Severity;

/**
 * One audited file, for the summary and the spot-check sample's strata. No values that identify anyone.
 *
 * @param pixelOutcome no-pixels, not-screened, no-text, text-found, undecodable, unreadable
 * @param worst        the worst severity found in this file, or null when it is clean
 */
public record FileRecord(String file, String modality, String manufacturer, String model, String pixelOutcome,
                         int findings, Severity worst) {
    public String findingStatus() {
        return worst == null ? "clean" : "findings-" + worst.label();
    }
}
