package veil.deid.text.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Where texts come from: a .txt file, a folder of .txt files (searched recursively, in name order)
 * or a CSV with a text column and an id column.
 */
public record TextSource(Path path, String textColumn, String idColumn, String patientColumn) {
    public boolean isCsv() {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    public List<TextDocument> read() throws InputException, IOException {
        if (!Files.exists(path)) throw new InputException("no such file or folder: " + path);
        if (Files.isDirectory(path)) return readFolder();
        if (isCsv()) return readCsv();
        if (textColumn != null) throw new InputException("--column applies to CSV input only: " + path);
        return List.of(new TextDocument(path.getFileName().toString(), null, Files.readString(path, StandardCharsets.UTF_8)));
    }

    private List<TextDocument> readFolder() throws IOException {
        List<TextDocument> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(path)) {
            for (Path f : files.filter(p -> Files.isRegularFile(p) && p.toString().toLowerCase(Locale.ROOT).endsWith(".txt")).sorted().toList()) {
                out.add(new TextDocument(path.relativize(f).toString(), null, Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    private List<TextDocument> readCsv() throws InputException, IOException {
        if (textColumn == null) throw new InputException("CSV input needs --column NAME (the column holding the text)");
        List<TextDocument> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            List<String> header = csv.getHeaderNames();
            require(header, textColumn, "--column");
            if (idColumn != null) require(header, idColumn, "--id-column");
            if (patientColumn != null) require(header, patientColumn, "--patient-column");
            for (CSVRecord rec : csv) {
                String id = idColumn == null ? "row " + rec.getRecordNumber() : rec.get(idColumn);
                out.add(new TextDocument(id, patientColumn == null ? null : rec.get(patientColumn), rec.get(textColumn)));
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InputException("cannot read CSV " + path + ": malformed (" + e.getClass().getSimpleName() + ")");
        }
        return out;
    }

    private void require(List<String> header, String column, String option) throws InputException {
        if (!header.contains(column)) {
            throw new InputException(option + " " + column + ": no such column in " + path.getFileName() + " (columns: " + String.join(", ", header) + ")");
        }
    }
}
