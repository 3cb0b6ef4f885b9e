package veil.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The PS3.6 data dictionary (keyword, tag, VR), loaded once from {@code standard/attributes.json}. */
public final class StandardDictionary {

    public record Entry(int tag, String keyword, String name, String vr) { }

    private static final StandardDictionary INSTANCE = load();

    private final Map<String, Entry> byKeyword;
    private final Map<Integer, Entry> byTag;
    /** Repeating groups and ranges, e.g. (50xx,0005), (60xx,3000), (0028,04x0): few, so a list scan is enough. */
    private final List<TagPattern> patterns;

    private StandardDictionary(Map<String, Entry> byKeyword, Map<Integer, Entry> byTag, List<TagPattern> patterns) {
        this.byKeyword = byKeyword;
        this.byTag = byTag;
        this.patterns = patterns;
    }

    public static StandardDictionary get() {
        return INSTANCE;
    }

    public Optional<Entry> byKeyword(String keyword) {
        return Optional.ofNullable(byKeyword.get(keyword));
    }

    public Optional<Entry> byTag(int tag) {
        return Optional.ofNullable(byTag.get(tag));
    }

    /**
     * Whether PS3.6 defines this tag, exactly or through a repeating-group row. Private (odd-group) tags are never
     * in it; an even-group tag that is not is neither standard nor private, and the engine treats it most strictly.
     */
    public boolean defines(int tag) {
        if (byTag.containsKey(tag)) return true;
        for (TagPattern p : patterns) if (p.matches(tag)) return true;
        return false;
    }

    /** Keyword for display, or the formatted tag when the dictionary has none (private, wildcard rows). */
    public String describe(int tag) {
        Entry e = byTag.get(tag);
        return e == null || e.keyword().isEmpty() ? TagPattern.format(tag) : e.keyword();
    }

    /** Streams the 5,000-entry JSON instead of building a tree: this runs at every start-up. */
    private static StandardDictionary load() {
        try (InputStream in = StandardDictionary.class.getResourceAsStream("standard/attributes.json")) {
            if (in == null) throw new IllegalStateException("standard/attributes.json missing from the rules jar");
            Map<String, Entry> byKeyword = new HashMap<>(8192);
            Map<Integer, Entry> byTag = new HashMap<>(8192);
            List<TagPattern> patterns = new ArrayList<>();
            try (JsonParser p = new JsonFactory().createParser(in)) {
                String tag = null, keyword = "", name = "", vr = "";
                for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                    if (t == JsonToken.START_OBJECT) {
                        tag = null;
                        keyword = name = vr = "";
                    } else if (t == JsonToken.FIELD_NAME) {
                        String field = p.currentName();
                        p.nextToken();
                        switch (field) {
                            case "tag" -> tag = p.getText();
                            case "keyword" -> keyword = p.getText();
                            case "name" -> name = p.getText();
                            case "valueRepresentation" -> vr = p.getText();
                            default -> p.skipChildren();
                        }
                    } else if (t == JsonToken.END_OBJECT && tag != null) {
                        TagPattern pattern = TagPattern.parse(tag);
                        if (!pattern.isExact()) {
                            patterns.add(pattern);   // repeating groups (50xx) are matched by pattern, not keyword
                            continue;
                        }
                        Entry e = new Entry(pattern.value(), keyword, name, vr);
                        byTag.put(e.tag(), e);
                        if (!keyword.isEmpty()) byKeyword.put(keyword, e);
                    }
                }
            }
            return new StandardDictionary(Map.copyOf(byKeyword), Map.copyOf(byTag), List.copyOf(patterns));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
