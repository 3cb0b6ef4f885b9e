package veil.qa.review.app;

import java.util.regex.Pattern;

/** What a reviewer's name may be: short, printable, no markup or separators (it goes into a cookie and a CSV). */
public final class Reviewers {
    public static final int MAX = 60;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._'@-]{0," + (MAX - 1) + "}");

    private Reviewers() {}

    /** The name stripped, or null when it is not acceptable. */
    public static String valid(String name) {
        if (name == null) return null;
        String s = name.strip();
        return NAME.matcher(s).matches() ? s : null;
    }
}
