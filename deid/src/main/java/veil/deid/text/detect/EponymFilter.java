package veil.deid.text.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import veil.deid.text.Finding;
import veil.deid.text.PhiType;
import veil.deid.text.lexicon.Lexicons;

/**
 * Drops name findings from lookup and the model that fall inside an eponym phrase (Swan-Ganz
 * catheter, Down syndrome, Kerley B lines). A name found by its context (Dr. Foley) stays.
 */
public final class EponymFilter {
    private final Pattern phrases;
    /** Every word of every phrase, upper case: a finding sharing none of them cannot be inside one. */
    private final Set<String> words = new HashSet<>();

    public EponymFilter(Lexicons lex) {
        String alternation = lex.medicalPhrases.originals().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(p -> Pattern.quote(p.strip()))
                .collect(Collectors.joining("|"));
        for (String p : lex.medicalPhrases.entries()) words.addAll(Arrays.asList(p.split("[^\\p{L}']+")));
        this.phrases = Pattern.compile("(?<![A-Za-z])(?:" + alternation + ")(?![A-Za-z])", Pattern.CASE_INSENSITIVE);
    }

    /** Looks for phrases only around the findings in question: far cheaper than scanning the whole text. */
    public List<Finding> apply(String text, List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings.size());
        Matcher m = phrases.matcher(text).useTransparentBounds(true);
        for (Finding f : findings) {
            if (f.type() == PhiType.NAME && !f.detector().startsWith("context") && sharesAWord(text, f)
                    && insidePhrase(m, f, text.length())) continue;
            out.add(f);
        }
        return out;
    }

    private boolean sharesAWord(String text, Finding f) {
        for (String w : text.substring(f.start(), f.end()).split("[^\\p{L}']+")) {
            if (words.contains(w.toUpperCase(Locale.ROOT))) return true;
        }
        return false;
    }

    private static boolean insidePhrase(Matcher m, Finding f, int length) {
        m.region(Math.max(0, f.start() - 40), Math.min(length, f.end() + 40));
        while (m.find()) if (f.start() >= m.start() && f.end() <= m.end()) return true;
        return false;
    }
}
