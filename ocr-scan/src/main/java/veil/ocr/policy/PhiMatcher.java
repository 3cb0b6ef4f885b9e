package veil.ocr.policy;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import veil.deid.text.Finding;
import veil.deid.text.PhiScanner;
import veil.deid.text.TextScanner;
import veil.ocr.detect.WordBox;

/**
 * Decides which read words are this instance's identifiers: name parts in any order and case,
 * IDs (whole, or a large part of one), dates in any printed format, tolerating an OCR slip or two
 * in longer tokens. Dates written as several words ("MAR 15, 2024") are matched over short runs
 * of neighbouring words of the same line.
 */
public final class PhiMatcher {

    private static final int MAX_WINDOW = 3;

    private final Identifiers ids;
    private final TextScanner scanner;

    /** The instance's own identifiers, plus whatever the report-text scanner finds in each line read. */
    public PhiMatcher(Identifiers ids) {
        this(ids, text -> PhiScanner.shared().scan(text));
    }

    public PhiMatcher(Identifiers ids, TextScanner scanner) {
        this.ids = ids;
        this.scanner = scanner;
    }

    /** @return indices into {@code words} (one frame's words, in reading order) that are identifiers */
    public BitSet match(List<WordBox> words) {
        BitSet hit = new BitSet(words.size());
        for (int i = 0; i < words.size(); i++) {
            if (isIdentifier(words.get(i).text())) hit.set(i);
        }
        for (int i = 0; i < words.size(); i++) {
            StringBuilder joined = new StringBuilder(words.get(i).text());
            for (int j = i + 1; j < Math.min(words.size(), i + MAX_WINDOW); j++) {
                if (words.get(j).line() != words.get(i).line()) break;
                joined.append(' ').append(words.get(j).text());
                // Only when the parts alone do not match: "ID: 4839201" must not take the label along.
                boolean date = isDate(joined.toString()) && !anyAlone(words, i, j, true);
                boolean id = isId(Identifiers.alnum(joined.toString())) && !anyAlone(words, i, j, false);
                if (date || id) hit.set(i, j + 1);
            }
        }
        scanLines(words, hit);
        return hit;
    }

    /**
     * Identifiers the header does not know (a physician's name, another date, a clinic): each line is read as text by
     * the report scanner and every word a finding touches is marked.
     */
    private void scanLines(List<WordBox> words, BitSet hit) {
        int i = 0;
        while (i < words.size()) {
            int end = i;
            while (end < words.size() && words.get(end).line() == words.get(i).line()) end++;
            StringBuilder line = new StringBuilder();
            int[] starts = new int[end - i];
            for (int k = i; k < end; k++) {
                starts[k - i] = line.length();
                line.append(words.get(k).text()).append(' ');
            }
            for (Finding f : scanner.scan(line.toString())) {
                for (int k = i; k < end; k++) {
                    int from = starts[k - i];
                    int to = from + words.get(k).text().length();
                    if (from < f.end() && f.start() < to) hit.set(k);
                }
            }
            i = end;
        }
    }

    private boolean anyAlone(List<WordBox> words, int from, int to, boolean date) {
        for (int k = from; k <= to; k++) {
            String t = words.get(k).text();
            if (date ? isDate(t) : isId(Identifiers.alnum(t))) return true;
        }
        return false;
    }

    public boolean isIdentifier(String word) {
        return isName(Identifiers.letters(word)) || isId(Identifiers.alnum(word)) || isDate(word);
    }

    private boolean isName(String letters) {
        if (letters.length() < Identifiers.MIN_NAME_PART) return false;
        for (String part : ids.nameParts()) {
            if (part.equals(letters)) return true;
            if (part.length() >= 5 && Edits.within(part, letters, part.length() >= 9 ? 2 : 1)) return true;
            // Part of a part: Tesseract read only some of the word ("MEDI" of "MEDICAL").
            if (letters.length() >= 4 && part.contains(letters) && letters.length() * 2 >= part.length()) return true;
            // Parts read glued together ("DOE^JOHN" as one word): a known part dominates the token.
            if (part.length() >= 3 && letters.contains(part) && part.length() * 2 >= letters.length()) return true;
        }
        return false;
    }

    private boolean isId(String alnum) {
        if (alnum.length() < Identifiers.MIN_ID) return false;
        for (String id : ids.ids()) {
            if (alnum.contains(id)) return true;
            if (alnum.length() >= 4 && id.contains(alnum) && alnum.length() * 2 >= id.length()) return true;
            if (id.length() >= 5 && Edits.within(id, alnum, id.length() >= 9 ? 2 : 1)) return true;
        }
        return false;
    }

    private boolean isDate(String text) {
        Set<LocalDate> read = DateReader.read(text);
        return !read.isEmpty() && !Collections.disjoint(read, ids.dates());
    }
}
