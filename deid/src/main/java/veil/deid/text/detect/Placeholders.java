package veil.deid.text.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks left by earlier de-identification: "___" (MIMIC-CXR), "XXXX" (Open-i; "xxxx" in a note written or exported in lower case), "[** ... **]"
 * (MIMIC-III), and Veil's own "[NAME]"-style tags. They are counted, never flagged, and nothing
 * inside them is an identifier.
 */
public final class Placeholders {
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\[\\*\\*.{0,200}?\\*\\*\\]|_{3,}|(?<![A-Za-z])(?:X{3,}|x{3,})(?![A-Za-z])|\\[(?:NAME|DATE|TIME|AGE|ID|PHONE|EMAIL|URL|IP|ADDRESS|LOCATION|ORGANIZATION)\\]");

    private Placeholders() {}

    /** Spans as {start, end} pairs, in order. */
    public static List<int[]> find(String text) {
        List<int[]> out = new ArrayList<>();
        if (text.indexOf('_') < 0 && text.indexOf('X') < 0 && text.indexOf('[') < 0 && !text.contains("xxx")) return out;
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) out.add(new int[] {m.start(), m.end()});
        return out;
    }
}
