package veil.qa.manifest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * A labels CSV joined to already-read images: one key column ({@code image}, {@code path},
 * {@code file}, {@code sop_instance_uid} or {@code dicom_id}) matched to the image's relative
 * path, file name or SOP Instance UID; optional {@code split} and {@code labeller} columns; every
 * other column is a label holding 1, 0, -1 or blank.
 */
public final class LabelsCsv {
    public static final List<String> KEY_COLUMNS = List.of("image", "path", "file", "sop_instance_uid", "SOPInstanceUID", "dicom_id");
    static final Set<String> NON_LABEL = Set.of("split", "labeller", "patient", "study", "patient_id", "study_id");

    private LabelsCsv() {}

    public static void apply(Dataset.Builder b, Path csv, Map<String, Integer> rowByKey) throws IOException {
        b.source(csv.getFileName().toString());
        long unmatched = 0, invalid = 0;
        try (Csv.Table t = new Csv.Table(csv)) {
            int cKey = t.colIgnoreCase(KEY_COLUMNS.toArray(new String[0]));
            if (cKey < 0) throw Csv.missingColumns(csv, "labels", List.of(String.join(" or ", KEY_COLUMNS)), t.header);
            int cSplit = t.colIgnoreCase("split"), cLabeller = t.colIgnoreCase("labeller", "labeler");
            List<Integer> cols = new ArrayList<>(), others = new ArrayList<>();
            for (int i = 0; i < t.header.size(); i++) {
                String h = t.header.get(i);
                if (i == cKey || i == cSplit || i == cLabeller || h.isEmpty()) continue;
                if (NON_LABEL.contains(h.toLowerCase(java.util.Locale.ROOT)) || !t.labelLike(i)) others.add(i);
                else cols.add(i);
            }
            while (t.hasNext()) {
                CSVRecord r = t.next();
                Integer row = rowByKey.get(Csv.get(r, cKey).strip());
                if (row == null) { unmatched++; continue; }
                if (cSplit >= 0) {
                    String s = Csv.get(r, cSplit).strip();
                    if (!s.isEmpty()) b.split(row, s);
                }
                for (int c : others) b.category(t.header.get(c), row, Csv.get(r, c).strip());
                String labeller = cLabeller >= 0 ? Csv.get(r, cLabeller).strip() : "";
                LabelSet.Builder lb = b.labels(labeller.isEmpty() ? "labels" : labeller);
                for (int c : cols) {
                    byte v = LabelValue.parse(Csv.get(r, c));
                    if (v == LabelValue.INVALID) { invalid++; v = LabelValue.BLANK; }
                    lb.set(row, t.header.get(c), v);
                }
            }
        }
        if (unmatched > 0) b.note(unmatched + " row(s) of " + csv.getFileName() + " match no image and were ignored.");
        if (invalid > 0) b.note(invalid + " label value(s) in " + csv.getFileName() + " were not 1, 0, -1 or blank and count as blank.");
    }
}
