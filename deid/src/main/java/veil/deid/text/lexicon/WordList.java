package veil.deid.text.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** A list of words or phrases read from a classpath resource, one a line, compared case-insensitively. */
public final class WordList {
    private final Set<String> entries;
    private final List<String> ordered;
    private final List<String> originals;

    private WordList(Set<String> entries, List<String> originals) {
        this.entries = Collections.unmodifiableSet(entries);
        this.ordered = List.copyOf(entries);
        this.originals = List.copyOf(originals);
    }

    /** Lines starting with '#' and blank lines are skipped; a byte-order mark and surrounding spaces are dropped. */
    public static WordList resource(String path) {
        InputStream in = WordList.class.getResourceAsStream(path);
        if (in == null) throw new IllegalStateException("missing resource " + path);
        Set<String> out = new LinkedHashSet<>();
        List<String> originals = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String s = line.replace("\uFEFF", "").strip();
                if (s.isEmpty() || s.startsWith("#")) continue;
                if (out.add(key(s))) originals.add(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return new WordList(out, originals);
    }

    public static WordList ofWords(Collection<String> words) {
        Set<String> out = new LinkedHashSet<>();
        List<String> originals = new ArrayList<>();
        for (String w : words) if (!w.isBlank() && out.add(key(w.strip()))) originals.add(w.strip());
        return new WordList(out, originals);
    }

    public static WordList union(WordList... lists) {
        Set<String> out = new LinkedHashSet<>();
        List<String> originals = new ArrayList<>();
        for (WordList l : lists) {
            for (String o : l.originals) if (out.add(key(o))) originals.add(o);
        }
        return new WordList(out, originals);
    }

    public WordList minus(WordList other) {
        Set<String> out = new LinkedHashSet<>();
        List<String> originals = new ArrayList<>();
        for (String o : this.originals) if (!other.contains(o) && out.add(key(o))) originals.add(o);
        return new WordList(out, originals);
    }

    public static String key(String word) {
        return word.toUpperCase(Locale.ROOT);
    }

    public boolean contains(String word) {
        return entries.contains(key(word));
    }

    public int size() { return entries.size(); }

    /** Entries in file order (upper case). */
    public List<String> entries() { return ordered; }

    /** Entries as written in the file, first spelling of each. */
    public List<String> originals() { return originals; }

    public List<String> filter(Predicate<String> keep) {
        List<String> out = new ArrayList<>();
        for (String e : ordered) if (keep.test(e)) out.add(e);
        return out;
    }
}
