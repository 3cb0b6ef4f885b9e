package veil.deid.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import veil.deid.patient.PatientIdentity;
import veil.rules.HeaderValues;

/**
 * Per-instance state while its header is de-identified: who the patient is (never written), the patient's
 * pseudonym and date shift, the original header values conditions are checked against, and what was done.
 */
public final class InstanceContext {

    private final PatientIdentity patient;
    private final String pseudonym;
    private final int shiftDays;
    private final String sopClassUid;
    private final HeaderSnapshot original;
    private final Map<String, Integer> actionCounts = new TreeMap<>();
    private final List<String> warnings = new ArrayList<>();

    public InstanceContext(PatientIdentity patient, String pseudonym, int shiftDays, String sopClassUid, HeaderSnapshot original) {
        this.patient = patient;
        this.pseudonym = pseudonym;
        this.shiftDays = shiftDays;
        this.sopClassUid = sopClassUid;
        this.original = original;
    }

    public PatientIdentity patient() { return patient; }
    public String pseudonym() { return pseudonym; }
    public int shiftDays() { return shiftDays; }
    public String sopClassUid() { return sopClassUid; }
    public HeaderValues original() { return original; }

    private KnownIdentifiers known;

    /** Set when an undecodable Specific Character Set was removed: the header must then hold ASCII only. */
    boolean charsetDropped;

    /** The instance's own identifying values, computed when free text is first cleaned. */
    KnownIdentifiers known() {
        if (known == null) {
            known = KnownIdentifiers.from(original);
        }
        return known;
    }

    void count(String action) {
        actionCounts.merge(action, 1, Integer::sum);
    }

    /** Warnings name attributes and what happened, never values. */
    void warn(String message) {
        if (warnings.size() < 50 && !warnings.contains(message)) warnings.add(message);
    }

    public Map<String, Integer> actionCounts() { return actionCounts; }
    public List<String> warnings() { return warnings; }
}
