package veil.qa.sample;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes a sample as the CSV reviewers fill in (verdict, corrected_value, reviewer, notes). */
public final class SampleCsv {
    public static final String[] HEADER = {"sample_id", "labeller", "label", "value", "split", "stratum_size", "image",
            "patient", "study", "verdict", "corrected_value", "reviewer", "notes"};

    private SampleCsv() {}

    public static void write(Sample s, Path out) throws IOException {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator("\n").get())) {
            for (Sample.Item i : s.items())
                p.printRecord(i.sampleId(), i.labeller(), i.label(), i.value(), i.split(), i.stratumSize(), i.image(),
                        i.patient(), i.study(), "", "", "", "");
        }
    }
}
