package veil.deid.text;

import java.util.List;

/**
 * What a scan found in one text.
 *
 * @param findings identifiers, sorted by start and non-overlapping
 * @param placeholders marks of an earlier de-identification ("___", "XXXX", "[** ... **]"), counted, not flagged
 */
public record ScanResult(List<Finding> findings, int placeholders) {
    public ScanResult {
        findings = List.copyOf(findings);
    }
}
