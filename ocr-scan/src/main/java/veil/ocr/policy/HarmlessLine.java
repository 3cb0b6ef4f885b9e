package veil.ocr.policy;

import java.awt.Rectangle;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import veil.ocr.detect.WordBox;
import veil.rules.HarmlessWords;

/**
 * Phi mode's rule for one text line: it stays only when what Tesseract read there shows the whole line harmless.
 * Every word must be read with confidence and be a technique, display or position term ({@link HarmlessWords}), an
 * allow-listed marker, or a short number; no identifier of the instance, no date and nothing the report scanner flags
 * may be in it; and the words must span the line, so that no unread word hides in a gap or past the last one read.
 * Anything else and the whole line is blacked out: a line phi mode cannot read, or reads as a name it does not know,
 * goes, and so does one it misreads. A misread can then only cost a harmless line, never release an identifier.
 */
public final class HarmlessLine {

    /** Tesseract's word confidence below which a word counts as not read (clear type reads at 85-96). */
    static final float MIN_CONFIDENCE = 70;
    /** Unread width at either end of the line beyond its margin, in line heights: more could hold a short word. */
    static final double MAX_END_HEIGHTS = 0.75;
    /** A gap between two words read wider than this many line heights could hold a word Tesseract skipped. */
    static final double MAX_GAP_HEIGHTS = 1.5;

    /** A short number: 1-3 digits, an optional decimal part of 1-2 (85, 3.2, 0.4, 400). */
    private static final Pattern SHORT_NUMBER = Pattern.compile("[0-9]{1,3}([.,][0-9]{1,2})?");

    /** What one line holds, as far as phi mode is concerned. */
    public enum Verdict {
        /** Every word read and harmless: the line stays. */
        HARMLESS,
        /** An identifier of the instance, a date, or something the report scanner flags. */
        IDENTIFIER,
        /** Not shown harmless: a word not read with confidence, not on the list, or a part of the line not read. */
        UNSHOWN
    }

    private final Set<String> keep;
    private final PhiMatcher phi;

    /** @param allowKeys the profile's markers (kept in every mode) as {@link HarmlessWords#key}s, added to the list */
    public HarmlessLine(Set<String> allowKeys, PhiMatcher phi) {
        java.util.HashSet<String> k = new java.util.HashSet<>(HarmlessWords.all());
        k.addAll(allowKeys);
        this.keep = Set.copyOf(k);
        this.phi = phi;
    }

    /**
     * @param words the words read in the line (one frame, reading order)
     * @param line  the line's box as the detector found it
     */
    public Verdict judge(List<WordBox> words, Rectangle line) {
        if (words.isEmpty()) return Verdict.UNSHOWN;
        if (!phi.match(words).isEmpty()) return Verdict.IDENTIFIER;
        StringBuilder text = new StringBuilder();
        for (WordBox w : words) text.append(w.text()).append(' ');
        if (!DateReader.read(text.toString()).isEmpty()) return Verdict.IDENTIFIER;
        boolean lastNumber = false;
        for (WordBox w : words) {
            if (w.confidence() < MIN_CONFIDENCE) return Verdict.UNSHOWN;
            String k = HarmlessWords.key(w.text());
            boolean number = SHORT_NUMBER.matcher(w.text().strip().replaceAll("[:;]$", "")).matches();
            // Numbers one after another may be an ID or a date read in pieces ("483 920 1", "12 03 60").
            if (number && lastNumber) return Verdict.UNSHOWN;
            if (!number && !keep.contains(k) && !numberWithUnit(k)) return Verdict.UNSHOWN;
            lastNumber = number;
        }
        return spans(words, line) ? Verdict.HARMLESS : Verdict.UNSHOWN;
    }

    /** "85KVP", "3.2MAS" read as one word: a short number glued to a harmless unit. */
    private boolean numberWithUnit(String key) {
        int i = 0;
        while (i < key.length() && Character.isDigit(key.charAt(i))) i++;
        return i >= 1 && i <= 3 && i < key.length() && keep.contains(key.substring(i));
    }

    /** Whether the words read cover the line: no stretch of it left unread that could hold a word (horizontal only). */
    static boolean spans(List<WordBox> words, Rectangle line) {
        if (line.height > line.width) return false;   // a rotated line: Tesseract reads it across, so not shown
        List<WordBox> sorted = words.stream().sorted(java.util.Comparator.comparingInt(w -> w.box().x)).toList();
        int first = sorted.get(0).box().x, end = first;
        for (WordBox w : sorted) {
            Rectangle b = w.box();
            if (b.x - end > MAX_GAP_HEIGHTS * line.height) return false;
            end = Math.max(end, b.x + b.width);
        }
        double endRoom = MAX_END_HEIGHTS * line.height;
        return first - line.x <= endRoom && line.x + line.width - end <= endRoom;
    }
}
