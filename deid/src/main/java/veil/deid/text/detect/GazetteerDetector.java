package veil.deid.text.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import veil.deid.text.Finding;
import veil.deid.text.PhiType;
import veil.deid.text.lexicon.Lexicons;
import veil.deid.text.lexicon.WordList;
import veil.deid.text.nlp.AnalyzedText;
import veil.deid.text.nlp.Sentence;

/**
 * Places and facilities by lookup on tokens: US cities (LOCATION) and hospital acronyms
 * (ORGANIZATION). A city that is also an ordinary word or a name (Mobile, Jackson) counts only
 * after a place word (in, from, at).
 */
public final class GazetteerDetector implements Detector {
    private static final Set<String> PLACE_CUES = Set.of("in", "from", "at", "to", "near", "of", "outside", "around", "visiting", "lives", "moved", "resident");

    /** First token of a city name to the token sequences of the cities starting with it. */
    private final Map<String, List<String[]>> cities = new HashMap<>();
    private final Lexicons lex;

    public GazetteerDetector(Lexicons lex) {
        this.lex = lex;
        for (String city : WordList.resource("/veil/deid/text/cities.txt").originals()) {
            String[] words = city.split(" ");
            cities.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
        }
        cities.values().forEach(l -> l.sort((a, b) -> b.length - a.length));
    }

    @Override
    public void detect(AnalyzedText doc, List<Finding> out) {
        for (Sentence s : doc.sentences()) {
            String[] t = s.tokens();
            String[] raw = s.raw();
            for (int i = 0; i < t.length; i++) {
                if (lex.hospitalAcronyms.contains(raw[i]) && NameShape.isAllCaps(raw[i])) {
                    out.add(new Finding(s.tokenStarts()[i], s.tokenEnds()[i], PhiType.ORGANIZATION, 0.8, "gazetteer:hospital"));
                }
                List<String[]> options = cities.get(t[i]);
                if (options == null) continue;
                for (String[] city : options) {
                    if (!matches(t, i, city)) continue;
                    if (city.length == 1 && (lex.isOrdinaryWord(t[i]) || lex.isAnyName(t[i]))
                            && !(i > 0 && PLACE_CUES.contains(t[i - 1].toLowerCase(Locale.ROOT)))
                            && !beforeState(raw, i + 1)) break;
                    out.add(new Finding(s.tokenStarts()[i], s.tokenEnds()[i + city.length - 1], PhiType.LOCATION, 0.85, "gazetteer:city"));
                    i += city.length - 1;
                    break;
                }
            }
        }
    }

    /** ", MA" or ", Oregon" after the candidate. */
    private boolean beforeState(String[] t, int j) {
        return j + 1 < t.length && t[j].equals(",") && lex.usStates.contains(t[j + 1]);
    }

    private static boolean matches(String[] t, int i, String[] city) {
        if (i + city.length > t.length) return false;
        for (int k = 0; k < city.length; k++) if (!t[i + k].equals(city[k])) return false;
        return true;
    }
}
