package veil.deid.text.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The context words of {@code name_cues.tsv}: titles, credentials and phrases that introduce a name. */
final class NameCues {
    enum Kind { TITLE, CREDENTIAL, STRONG, FIELD, WEAK }

    record Cue(Kind kind, String[] words) {}

    static final String RESOURCE = "/veil/deid/text/name_cues.tsv";

    final Set<String> titles = new HashSet<>();
    final Set<String> credentials = new HashSet<>();
    /** Phrases, longest first so "attending physician" wins over "attending". */
    final List<Cue> phrases = new ArrayList<>();
    final Set<String> firstWords = new HashSet<>();

    static NameCues load() {
        NameCues c = new NameCues();
        InputStream in = NameCues.class.getResourceAsStream(RESOURCE);
        if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                Kind kind = Kind.valueOf(cols[0]);
                String phrase = cols[1].strip();
                switch (kind) {
                    case TITLE -> c.titles.add(NameShape.norm(phrase));
                    case CREDENTIAL -> c.credentials.add(NameShape.norm(phrase));
                    default -> {
                        String[] words = phrase.split("\\s+");
                        for (int i = 0; i < words.length; i++) words[i] = NameShape.norm(words[i]);
                        c.phrases.add(new Cue(kind, words));
                        c.firstWords.add(words[0]);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        c.phrases.sort((a, b) -> b.words().length - a.words().length);
        return c;
    }

    boolean isTitle(String token) { return titles.contains(NameShape.norm(token)); }

    boolean isCredential(String token) {
        return credentials.contains(NameShape.norm(token));
    }

    /** The longest cue phrase starting at token i, or null. */
    Cue phraseAt(String[] tokens, int i) {
        if (!firstWords.contains(NameShape.norm(tokens[i]))) return null;
        outer:
        for (Cue cue : phrases) {
            String[] w = cue.words();
            if (i + w.length > tokens.length) continue;
            for (int k = 0; k < w.length; k++) if (!w[k].equals(NameShape.norm(tokens[i + k]))) continue outer;
            return cue;
        }
        return null;
    }
}
