package veil.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one table of header attributes whose values identify someone ({@code identifying-attributes.tsv}): the header
 * engine removes these values from cleaned free text, OCR {@code phi} mode looks for them in pixels, and the audit
 * looks for them everywhere else.
 */
public final class IdentifyingAttributes {

    /** How a value is compared with text. */
    public enum Kind {
        /** each part of a person name */
        NAME,
        /** the whole value */
        ID,
        /** the whole value; in burned-in text, where words are read apart, also its words (institution, station, address) */
        PLACE,
        /** the date, in DICOM and ISO forms */
        DATE
    }

    public record Entry(String keyword, int tag, Kind kind) { }

    private static final List<Entry> ALL = load();

    private IdentifyingAttributes() { }

    public static List<Entry> all() {
        return ALL;
    }

    public static List<Entry> of(Kind kind) {
        return ALL.stream().filter(e -> e.kind() == kind).toList();
    }

    private static List<Entry> load() {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = IdentifyingAttributes.class.getResourceAsStream("identifying-attributes.tsv")) {
            if (in == null) throw new IllegalStateException("identifying-attributes.tsv missing from the rules jar");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length < 2) throw new IllegalStateException("identifying-attributes.tsv line " + lineNo + ": expected keyword<TAB>kind");
                String keyword = f[0].trim();
                int tag = StandardDictionary.get().byKeyword(keyword).map(StandardDictionary.Entry::tag)
                        .orElseThrow(() -> new IllegalStateException("identifying-attributes.tsv: unknown keyword " + keyword));
                entries.add(new Entry(keyword, tag, Kind.valueOf(f[1].trim().toUpperCase(Locale.ROOT))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(entries);
    }
}
