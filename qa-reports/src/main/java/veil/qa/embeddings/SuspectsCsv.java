package veil.qa.embeddings;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import veil.qa.sample.SampleCsv;

/**
 * The ranked suspects as a review sheet: the columns of {@code veil sample}'s CSV (so reviewers
 * fill in {@code verdict} and {@code veil review import} reads it), then rank, score and the
 * neighbours' positive share. stratum_size is left blank: suspects are not a random sample, so
 * their error rate says how good the ranking is, not how wrong the dataset is.
 */
public final class SuspectsCsv {
    private SuspectsCsv() {}

    public static void write(List<EmbeddingFigures.Suspect> ranking, String labeller, int top, Path out) throws IOException {
        String[] header = new String[SampleCsv.HEADER.length + 3];
        System.arraycopy(SampleCsv.HEADER, 0, header, 0, SampleCsv.HEADER.length);
        header[SampleCsv.HEADER.length] = "rank";
        header[SampleCsv.HEADER.length + 1] = "score";
        header[SampleCsv.HEADER.length + 2] = "neighbours_positive";
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator("\n").get())) {
            for (int i = 0; i < Math.min(top, ranking.size()); i++) {
                EmbeddingFigures.Suspect s = ranking.get(i);
                p.printRecord(String.format(Locale.ROOT, "E%06d", s.rank()), labeller, s.label(), s.given(), s.split(), "",
                        s.image(), s.patient(), s.study(), "", "", "", "", s.rank(), s.score(), s.neighboursPositive());
            }
        }
    }
}
