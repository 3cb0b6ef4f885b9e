package veil.deid.text.detect;

import java.util.List;
import veil.deid.text.Finding;
import veil.deid.text.PhiType;

/**
 * The tokenizer splits "Klemen-Schachterle" at the hyphen; a name found on one side takes the
 * other side too, so double-barrelled names are removed whole.
 */
public final class HyphenatedNames {
    private HyphenatedNames() {}

    public static void widen(String text, List<Finding> found) {
        for (int i = 0; i < found.size(); i++) {
            Finding f = found.get(i);
            if (f.type() != PhiType.NAME) continue;
            int s = f.start(), e = f.end();
            while (e + 1 < text.length() && text.charAt(e) == '-' && Character.isLetter(text.charAt(e + 1))) {
                e++;
                while (e < text.length() && Character.isLetter(text.charAt(e))) e++;
            }
            while (s >= 2 && text.charAt(s - 1) == '-' && Character.isLetter(text.charAt(s - 2))) {
                s--;
                while (s > 0 && Character.isLetter(text.charAt(s - 1))) s--;
            }
            if (s != f.start() || e != f.end()) found.set(i, new Finding(s, e, f.type(), f.confidence(), f.detector()));
        }
    }
}
