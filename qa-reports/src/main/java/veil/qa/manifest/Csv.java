package veil.qa.manifest;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** CSV helpers shared by the readers: plain or gzip input, header checks with clear errors. */
public final class Csv {
    private Csv() {}

    public static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setIgnoreEmptyLines(true).setTrim(false).get();

    /** Opens a text file, gunzipping when it ends in .gz or starts with the gzip magic bytes. */
    public static Reader open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(2);
        int b1 = in.read(), b2 = in.read();
        in.reset();
        if (b1 == 0x1f && b2 == 0x8b) in = new GZIPInputStream(in, 1 << 16);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        r.mark(1);
        if (r.read() != 0xFEFF) r.reset();   // skip a UTF-8 byte-order mark
        // Bounded: one long field must not take the heap, and an unclosed quote is named by its line.
        return new java.io.BufferedReader(new BoundedCsvReader(r, file.getFileName().toString(), BoundedCsvReader.MAX_LINE_CHARS), 1 << 16);
    }

    public static CSVParser parse(Path file) throws IOException {
        return CSVParser.builder().setReader(open(file)).setFormat(FORMAT).get();
    }

    /** A CSV with a header row: column positions by name, required columns checked. */
    public static final class Table implements AutoCloseable {
        public final Path file;
        public final List<String> header;
        private final Map<String, Integer> index = new HashMap<>();
        private final CSVParser parser;
        private final java.util.Iterator<CSVRecord> it;

        public Table(Path file) throws IOException {
            this.file = file;
            this.parser = parse(file);
            this.it = parser.iterator();
            if (!it.hasNext()) throw new ManifestException(file.getFileName() + " is empty: expected a header row");
            CSVRecord h = it.next();
            List<String> names = new ArrayList<>();
            for (String s : h) names.add(s.strip());
            this.header = List.copyOf(names);
            for (int i = 0; i < names.size(); i++) index.putIfAbsent(names.get(i), i);
        }

        /** Throws a {@link ManifestException} naming every required column that is missing. */
        public Table require(String what, List<String> required) {
            List<String> missing = new ArrayList<>();
            for (String r : required) if (!index.containsKey(r)) missing.add(r);
            if (!missing.isEmpty()) throw missingColumns(file, what, missing, header);
            return this;
        }

        public boolean has(String column) { return index.containsKey(column); }

        /** Column position, or -1. */
        public int col(String column) { Integer i = index.get(column); return i == null ? -1 : i; }

        /** Position of the first column whose name matches one of {@code names} ignoring case, or -1. */
        public int colIgnoreCase(String... names) {
            for (String n : names)
                for (int i = 0; i < header.size(); i++) if (header.get(i).equalsIgnoreCase(n)) return i;
            return -1;
        }

        private final java.util.ArrayDeque<CSVRecord> buffer = new java.util.ArrayDeque<>();

        public boolean hasNext() { return !buffer.isEmpty() || it.hasNext(); }
        public CSVRecord next() { return buffer.isEmpty() ? it.next() : buffer.poll(); }

        /** The first {@code n} data rows (fewer at the end of the file), still to be returned by next(). */
        public List<CSVRecord> peek(int n) {
            while (buffer.size() < n && it.hasNext()) buffer.add(it.next());
            List<CSVRecord> out = new ArrayList<>(buffer);
            return out.size() > n ? out.subList(0, n) : out;
        }

        /**
         * True when every non-blank value of a column in the first rows reads as a label value
         * (1, 0, -1, ...): such a column holds labels, any other holds a category (site, scanner...).
         */
        public boolean labelLike(int col) {
            for (CSVRecord r : peek(2000)) if (LabelValue.parse(get(r, col)) == LabelValue.INVALID) return false;
            return true;
        }

        @Override public void close() throws IOException { parser.close(); }
    }

    public static ManifestException missingColumns(Path file, String what, List<String> missing, List<String> found) {
        return new ManifestException(file.getFileName() + " is not a " + what + " file: missing required column"
                + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
                + " (found: " + (found.isEmpty() ? "no columns" : String.join(", ", found)) + ")");
    }

    /**
     * Splits one CSV line into {@code out} (cleared first). Lines without a double quote are split
     * at commas directly; a line with quotes goes through the CSV parser (quoted line breaks are
     * not supported here).
     */
    public static void splitLine(String line, List<String> out) throws IOException {
        out.clear();
        if (line.indexOf('"') >= 0) {
            try (CSVParser p = CSVParser.builder().setReader(new java.io.StringReader(line)).setFormat(FORMAT).get()) {
                for (CSVRecord r : p) {
                    for (String v : r) out.add(v);
                    return;
                }
            }
            return;
        }
        int start = 0, n = line.length();
        for (int i = 0; i < n; i++) {
            if (line.charAt(i) == ',') {
                out.add(line.substring(start, i));
                start = i + 1;
            }
        }
        out.add(line.substring(start));
    }

    /** Value at a position, "" when the row is shorter. */
    public static String get(CSVRecord r, int i) {
        return i < 0 || i >= r.size() ? "" : r.get(i);
    }

    /** First line of a file (header), for format detection. */
    public static String firstLine(Path file) throws IOException {
        try (BufferedReader r = new BufferedReader(open(file))) {
            String s = r.readLine();
            return s == null ? "" : s;
        }
    }
}
