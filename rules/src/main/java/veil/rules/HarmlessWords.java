package veil.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words phi-mode pixel cleaning may leave in an image ({@code veil/rules/pixels/harmless-words.txt}): technique,
 * display and position terms and the labels before identifiers. Data, so that a reviewer can read exactly what may be
 * left; upper-cased letters and digits.
 */
public final class HarmlessWords {

    private static final String RESOURCE = "/veil/rules/pixels/harmless-words.txt";
    private static final Set<String> WORDS = load();

    private HarmlessWords() { }

    public static Set<String> all() {
        return WORDS;
    }

    /** Letters and digits only, upper case: how burned-in words are compared with the list. */
    public static String key(String word) {
        StringBuilder b = new StringBuilder(word.length());
        word.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString().toUpperCase(Locale.ROOT);
    }

    private static Set<String> load() {
        try (InputStream in = HarmlessWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            Set<String> out = new HashSet<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String w = line.strip();
                if (w.isEmpty() || w.startsWith("#")) continue;
                out.add(key(w));
            }
            return Set.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
