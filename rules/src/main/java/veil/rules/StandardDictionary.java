package veil.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The PS3.6 data dictionary (keyword, tag, VR), loaded once from {@code standard/attributes.json}. */
public final class StandardDictionary {

    public record Entry(int tag, String keyword, String name, String vr) { }

    private static final StandardDictionary INSTANCE = load();

    private final Map<String, Entry> byKeyword;
    private final Map<Integer, Entry> byTag;

    private StandardDictionary(Map<String, Entry> byKeyword, Map<Integer, Entry> byTag) {
        this.byKeyword = byKeyword;
        this.byTag = byTag;
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

    /** Keyword for display, or the formatted tag when the dictionary has none (private, wildcard rows). */
    public String describe(int tag) {
        Entry e = byTag.get(tag);
        return e == null || e.keyword().isEmpty() ? TagPattern.format(tag) : e.keyword();
    }

    private static StandardDictionary load() {
        try (InputStream in = StandardDictionary.class.getResourceAsStream("standard/attributes.json")) {
            if (in == null) throw new IllegalStateException("standard/attributes.json missing from the rules jar");
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, Entry> byKeyword = new HashMap<>();
            Map<Integer, Entry> byTag = new HashMap<>();
            for (JsonNode n : root) {
                TagPattern p = TagPattern.parse(n.path("tag").asText());
                if (!p.isExact()) continue;   // repeating groups (50xx) are matched by pattern, not by keyword
                Entry e = new Entry(p.value(), n.path("keyword").asText(""), n.path("name").asText(""),
                        n.path("valueRepresentation").asText(""));
                byTag.put(e.tag(), e);
                if (!e.keyword().isEmpty()) byKeyword.put(e.keyword(), e);
            }
            return new StandardDictionary(Map.copyOf(byKeyword), Map.copyOf(byTag));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
