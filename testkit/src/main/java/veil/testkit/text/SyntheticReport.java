package veil.testkit.text;

import java.util.List;

/** A generated report with the identifiers inserted into it. */
public record SyntheticReport(String id, String patientId, String text, List<GoldSpan> gold) {
    public SyntheticReport {
        gold = List.copyOf(gold);
    }

    public int words() {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
