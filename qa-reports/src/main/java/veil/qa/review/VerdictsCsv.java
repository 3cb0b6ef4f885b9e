package veil.qa.review;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import veil.qa.manifest.Csv;
import veil.qa.manifest.LabelValue;
import veil.qa.manifest.ManifestException;

/**
 * Reads a verdicts CSV: the sample CSV written by {@code veil sample} with its {@code verdict}
 * column filled in. Required: label, value, verdict; used when present: sample_id, labeller,
 * split, image, stratum_size, corrected_value, reviewer, notes. Rows with a blank verdict are
 * not reviewed yet and are skipped.
 */
public final class VerdictsCsv {
    public static final List<String> REQUIRED = List.of("label", "value", "verdict");

    private VerdictsCsv() {}

    /** The rows read and how many were still blank. */
    public record Result(List<VerdictRow> rows, long pending) {}

    public static Result read(Path csv) throws IOException {
        List<VerdictRow> out = new ArrayList<>();
        long pending = 0;
        try (Csv.Table t = new Csv.Table(csv)) {
            t.require("verdicts", REQUIRED);
            int cId = t.col("sample_id"), cLabeller = t.col("labeller"), cLabel = t.col("label"), cValue = t.col("value"),
                    cSplit = t.col("split"), cImage = t.col("image"), cSize = t.col("stratum_size"), cVerdict = t.col("verdict"),
                    cCorr = t.col("corrected_value"), cRev = t.col("reviewer"), cNotes = t.col("notes");
            long line = 1;
            while (t.hasNext()) {
                CSVRecord r = t.next();
                line++;
                Verdict v;
                try {
                    v = Verdict.parse(Csv.get(r, cVerdict));
                } catch (IllegalArgumentException e) {
                    throw new ManifestException(csv.getFileName() + " line " + line + ": " + e.getMessage());
                }
                if (v == null) { pending++; continue; }
                String value = Csv.get(r, cValue).strip();
                byte code = LabelValue.parse(value);
                if (code == LabelValue.INVALID)
                    throw new ManifestException(csv.getFileName() + " line " + line + ": value '" + value
                            + "' is not positive, negative, uncertain or blank");
                String label = Csv.get(r, cLabel).strip();
                if (label.isEmpty()) throw new ManifestException(csv.getFileName() + " line " + line + ": the label is blank");
                long size = 0;
                String s = Csv.get(r, cSize).strip();
                if (!s.isEmpty()) {
                    try {
                        size = Long.parseLong(s);
                    } catch (NumberFormatException e) {
                        throw new ManifestException(csv.getFileName() + " line " + line + ": stratum_size '" + s + "' is not a whole number");
                    }
                }
                out.add(new VerdictRow(Csv.get(r, cId), Csv.get(r, cLabeller), label, LabelValue.name(code), Csv.get(r, cSplit),
                        Csv.get(r, cImage), size, v, Csv.get(r, cCorr), Csv.get(r, cRev), Csv.get(r, cNotes)));
            }
        }
        return new Result(out, pending);
    }
}
