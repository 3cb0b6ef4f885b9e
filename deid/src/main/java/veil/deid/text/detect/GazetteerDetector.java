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
 * Places and facilities by lookup, in any casing: cities and towns (GeoNames, LOCATION), hospitals
 * and clinics with their short forms and hospital acronyms (ORGANIZATION). An entry that is also an
 * ordinary, medical or person's word ("Rome", "Orange", "Warren", "Mercy") is ambiguous: it counts
 * only in context, after a place cue ("transferred from", "lives in", "at") or, for a city, before
 * ", ST" and, for a facility, before ER, ICU, hospital. Where the writing gives no capitals (a
 * lower-case word, a shouted or lower-case line) an ambiguous entry needs a strong cue ("from",
 * "lives in"), never just "in" or "at", so "IN NORMAL SINUS RHYTHM" is no town.
 */
public final class GazetteerDetector implements Detector {
    /** Words before a place that leave no doubt. */
    private static final Set<String> STRONG_CUES = Set.of("from", "lives", "living", "resides", "residing", "moved",
            "resident", "native", "visiting", "transferred", "transfer", "xfer", "born", "relocated", "osh", "admitted", "via");
    /** Words that often precede a place, and many other things ("in pain", "at rest"). */
    private static final Set<String> WEAK_CUES = Set.of("in", "at", "to", "near", "of", "outside", "around", "into");
    /** Words after a facility's short form. */
    private static final Set<String> FACILITY_AFTER = Set.of("er", "ed", "icu", "micu", "sicu", "ccu", "hospital", "clinic",
            "rehab", "snf", "campus", "emergency", "cath", "lab", "floor", "nursing", "medical", "health", "center");

    /**
     * Words shortly before "from" or "at" that say a facility follows: "came up from X ED", "hospitalized at X",
     * "prior study: 1/12 from X". After them a capitalised word that is in no word list is a facility the lists lack.
     */
    private static final Set<String> FACILITY_VERBS = Set.of("came", "transferred", "transfer", "xfer", "hospitalized",
            "hospitalised", "admitted", "study", "studies", "films", "film", "imaging", "records", "seen", "treated", "osh");

    private record Entry(String text, PhiType type, boolean ambiguous) {}

    /** First word (upper case) to the entries starting with it, longest first. */
    private final Map<String, List<Entry>> entries = new HashMap<>();
    private final Lexicons lex;

    public GazetteerDetector(Lexicons lex) {
        this.lex = lex;
        for (String city : lex.places.originals()) add(city, PhiType.LOCATION);
        for (String f : WordList.resource("/veil/deid/text/places/facilities.txt").originals()) add(f, PhiType.ORGANIZATION);
        for (String a : lex.hospitalAcronyms.originals()) add(a, PhiType.ORGANIZATION);
        entries.values().forEach(l -> l.sort((a, b) -> b.text().length() - a.text().length()));
    }

    private void add(String text, PhiType type) {
        String first = firstWord(text, 0);
        if (first.isEmpty()) return;
        entries.computeIfAbsent(first, k -> new ArrayList<>()).add(new Entry(text, type, isAmbiguous(text, type)));
    }

    /** Ordinary, medical, name-like or state words throughout; facilities of two words or more are specific enough. */
    private boolean isAmbiguous(String text, PhiType type) {
        String[] words = text.split("[\\s-]+");
        if (type == PhiType.ORGANIZATION && (words.length > 1 || text.contains("-"))) return false;
        if (words[0].matches("(?i)st\\.?|saint|mt\\.?|mount|fort|ft\\.?")) return false;
        for (String w : words) {
            String bare = w.replaceAll("[.'’]s?$", "");
            if (!(lex.isOrdinaryWord(bare) || lex.isAnyName(bare) || lex.usStates.contains(bare) || bare.length() <= 2)) return false;
        }
        return true;
    }

    /** The leading letters and digits at i, upper case. */
    private static String firstWord(String s, int i) {
        int j = i;
        while (j < s.length() && Character.isLetterOrDigit(s.charAt(j))) j++;
        return s.substring(i, j).toUpperCase(Locale.ROOT);
    }

    @Override
    public void detect(AnalyzedText doc, List<Finding> out) {
        String text = doc.evidence();
        for (Sentence s : doc.sentences()) {
            String[] raw = s.raw();
            for (int i = 0; i < raw.length; i++) {
                List<Entry> options = entries.get(firstWord(raw[i], 0));
                if (options == null) continue;
                int start = s.tokenStarts()[i];
                for (Entry e : options) {
                    int end = start + e.text().length();
                    if (end > text.length() || !text.regionMatches(true, start, e.text(), 0, e.text().length())) continue;
                    if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) continue;
                    int last = lastToken(s, i, end);
                    if (last < 0 || !inContext(s, i, last, e)) continue;
                    String detector = e.type() == PhiType.LOCATION ? "gazetteer:city" : "gazetteer:facility";
                    out.add(new Finding(start, end, e.type(), 0.85, detector));
                    i = last;
                    break;
                }
            }
            unlistedFacilities(s, out);
        }
    }

    /** "CAME UP FROM MERITUS ED", "hospitalized at meritus in april": a facility in no list, known by what surrounds it. */
    private void unlistedFacilities(Sentence s, List<Finding> out) {
        String[] raw = s.raw();
        for (int i = 1; i < raw.length; i++) {
            String cue = raw[i - 1].toLowerCase(Locale.ROOT);
            if (!cue.equals("from") && !cue.equals("at")) continue;
            boolean unitAfter = cue.equals("from") && i + 1 < raw.length && FACILITY_AFTER.contains(raw[i + 1].toLowerCase(Locale.ROOT));
            boolean verb = false;
            for (int k = Math.max(0, i - 5); k < i - 1 && !verb; k++) verb = FACILITY_VERBS.contains(raw[k].toLowerCase(Locale.ROOT));
            if (!(verb || unitAfter) || !unlistedWord(raw[i])) continue;
            out.add(new Finding(s.tokenStarts()[i], s.tokenEnds()[i], PhiType.ORGANIZATION, 0.75, "gazetteer:unlisted-facility"));
        }
    }

    /** A capitalised word of 4+ letters that is no ordinary, medical or place word, nor a state or country. */
    private boolean unlistedWord(String tok) {
        return tok.length() >= 4 && NameShape.isNameWord(tok) && !lex.isOrdinaryWord(tok) && !lex.usStates.contains(tok)
                && !lex.countries.contains(tok) && !lex.places.contains(tok) && !lex.notNames.contains(tok);
    }

    /** The token that ends at end, or -1 when the entry ends inside a token. */
    private static int lastToken(Sentence s, int i, int end) {
        for (int k = i; k < s.size(); k++) {
            if (s.tokenEnds()[k] == end) return k;
            if (s.tokenEnds()[k] > end) return -1;
        }
        return -1;
    }

    private boolean inContext(Sentence s, int first, int last, Entry e) {
        String[] raw = s.raw();
        boolean capitalised = NameShape.isNameWord(raw[first]) || e.text().length() <= 5 && NameShape.isAllCaps(raw[first]);
        // capitals as written, not those a shouted or lower-case line was given for reading
        boolean evidence = capitalised && raw[first].equals(s.tokens()[first]);
        String before = first > 0 ? raw[first - 1].toLowerCase(Locale.ROOT) : "";
        String before2 = first > 1 ? raw[first - 2].toLowerCase(Locale.ROOT) : "";
        boolean strongCue = STRONG_CUES.contains(before) || WEAK_CUES.contains(before) && STRONG_CUES.contains(before2);
        boolean weakCue = WEAK_CUES.contains(before);
        boolean after = last + 1 < raw.length && (e.type() == PhiType.ORGANIZATION
                ? FACILITY_AFTER.contains(raw[last + 1].toLowerCase(Locale.ROOT))
                : last + 2 < raw.length && raw[last + 1].equals(",") && lex.usStates.contains(raw[last + 2]));
        // a facility of several words ("kessler-adventist", "sacred heart memorial") is specific in any casing
        if (!e.ambiguous()) return capitalised || strongCue || weakCue || after || e.type() == PhiType.ORGANIZATION;
        if (evidence) return strongCue || weakCue || after;
        return strongCue || after && capitalised;
    }
}
