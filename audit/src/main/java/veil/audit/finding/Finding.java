package veil.audit.finding;

/**
 * One thing the audit found.
 *
 * @param file     path relative to the audited folder (or to the reports source)
 * @param location attribute path ({@code ContentSequence[2]/TextValue}), box ({@code frame 0 box 10,12,80,14})
 *                 or character offsets ({@code chars 120-131})
 * @param evidence the value with its identifying characters masked ({@code J*** D**}), or empty
 * @param check    which check made it, in words without values (for the HTML and the console)
 */
public record Finding(String file, Kind kind, String location, FindingType type, String evidence, Severity severity,
                      String check) {
    public Finding {
        evidence = evidence == null ? "" : evidence;
    }
}
