package veil.deid.text.io;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** Copies a CSV with one column's values replaced, every other column as it was. */
public final class CsvRewriter {
    private CsvRewriter() {}

    /** @param replaced the new values of {@code column}, one per data row, in order */
    public static void write(Path in, Path out, String column, List<String> replaced) throws IOException {
        StringWriter w = new StringWriter();
        try (Reader r = Files.newBufferedReader(in, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            List<String> header = csv.getHeaderNames();
            int col = header.indexOf(column);
            p.printRecord(header);
            int row = 0;
            for (CSVRecord rec : csv) {
                List<String> values = new ArrayList<>(rec.toList());
                values.set(col, replaced.get(row++));
                p.printRecord(values);
            }
        }
        AtomicFiles.write(out, w.toString());
    }
}
