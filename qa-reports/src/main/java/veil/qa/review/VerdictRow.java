package veil.qa.review;

/**
 * One reviewed label. {@code value} is the dataset's label value under review (positive,
 * negative, uncertain, blank); {@code stratumSize} is how many images in the whole dataset share
 * its labeller, label, value and split (0 when unknown).
 */
public record VerdictRow(String sampleId, String labeller, String label, String value, String split, String image,
                         long stratumSize, Verdict verdict, String correctedValue, String reviewer, String notes) {
    public VerdictRow {
        sampleId = nz(sampleId);
        labeller = nz(labeller);
        split = nz(split).isEmpty() ? "all" : split;
        image = nz(image);
        correctedValue = nz(correctedValue);
        reviewer = nz(reviewer);
        notes = nz(notes);
    }

    static String nz(String s) { return s == null ? "" : s.strip(); }

    /** Identity of the reviewed item (several reviewers may judge the same item). */
    public String itemKey() {
        return (sampleId.isEmpty() ? image : sampleId) + "\u0000" + labeller + "\u0000" + label;
    }
}
