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

    /**
     * Longest document scanned, in characters. Radiology reports run to a few thousand; the scanner's memory grows
     * with a document's length, so one huge "document" (a whole corpus pasted into one file) is refused, not scanned.
     */
    public static final int MAX_DOCUMENT_CHARS = 1_000_000;

    /** Receives documents one at a time, so a large input is never held whole. */
    public interface Sink {
        void accept(TextDocument document) throws InputException, IOException;
    }

    /** All documents, in order (for outputs that need them together, such as a rewritten CSV). */
    public List<TextDocument> read() throws InputException, IOException {
        List<TextDocument> out = new ArrayList<>();
        forEach(out::add);
        return out;
    }

    /** Streams the documents, in order, refusing any longer than {@link #MAX_DOCUMENT_CHARS}. */
    public void forEach(Sink sink) throws InputException, IOException {
        if (!Files.exists(path)) throw new InputException("no such file or folder: " + path);
        if (Files.isDirectory(path)) {
            readFolder(sink);
        } else if (isCsv()) {
            readCsv(sink);
        } else {
            if (textColumn != null) throw new InputException("--column applies to CSV input only: " + path);
            sink.accept(readText(path, path.getFileName().toString()));
        }
    }

    private void readFolder(Sink sink) throws InputException, IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(path)) {
            files = walk.filter(p -> Files.isRegularFile(p) && p.toString().toLowerCase(Locale.ROOT).endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) sink.accept(readText(f, path.relativize(f).toString()));
    }

    private static TextDocument readText(Path file, String id) throws InputException, IOException {
        // UTF-8 takes at most 4 bytes a character: a file larger than that cannot fit, and is not read at all.
        if (Files.size(file) > 4L * MAX_DOCUMENT_CHARS) throw tooLong(id, Files.size(file) + " bytes");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.length() > MAX_DOCUMENT_CHARS) throw tooLong(id, text.length() + " characters");
        return new TextDocument(id, null, text);
    }

    private static InputException tooLong(String id, String size) {
        return new InputException("document " + id + " is " + size + "; the limit is " + MAX_DOCUMENT_CHARS
                + " characters per document (a report is a few thousand): split it into its reports");
    }

    private void readCsv(Sink sink) throws InputException, IOException {
        if (textColumn == null) throw new InputException("CSV input needs --column NAME (the column holding the text)");
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            List<String> header = csv.getHeaderNames();
            require(header, textColumn, "--column");
            if (idColumn != null) require(header, idColumn, "--id-column");
            if (patientColumn != null) require(header, patientColumn, "--patient-column");
            for (CSVRecord rec : csv) {
                String id = idColumn == null ? "row " + rec.getRecordNumber() : rec.get(idColumn);
                String text = rec.get(textColumn);
                if (text.length() > MAX_DOCUMENT_CHARS) throw tooLong(id + " (line " + rec.getParser().getCurrentLineNumber() + ")", text.length() + " characters");
                sink.accept(new TextDocument(id, patientColumn == null ? null : rec.get(patientColumn), text));
            }
        } catch (java.io.UncheckedIOException e) {
            // commons-csv: "(startline N) EOF reached before encapsulated token finished"; it quotes no data
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("startline (\\d+)").matcher(String.valueOf(e.getMessage()));
            throw new InputException("cannot read CSV " + path + ": " + (m.find()
                    ? "line " + m.group(1) + ": a quoted field is never closed (unterminated quote)"
                    : "malformed (" + e.getCause().getClass().getSimpleName() + ")"));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InputException("cannot read CSV " + path + ": malformed (" + e.getClass().getSimpleName() + ")");
        }
    }

    private void require(List<String> header, String column, String option) throws InputException {
        if (!header.contains(column)) {
            throw new InputException(option + " " + column + ": no such column in " + path.getFileName() + " (columns: " + String.join(", ", header) + ")");
        }
    }
}
