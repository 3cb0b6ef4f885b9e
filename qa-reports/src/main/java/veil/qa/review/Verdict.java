package veil.qa.review;

import java.util.Locale;

/** A reviewer's verdict on one label of one image. */
public enum Verdict {
    CORRECT, WRONG, UNSURE;

    public String id() { return name().toLowerCase(Locale.ROOT); }

    /** Parses the words reviewers write; null for a blank cell (not reviewed yet). */
    public static Verdict parse(String s) {
        if (s == null) return null;
        String t = s.strip().toLowerCase(Locale.ROOT);
        switch (t) {
            case "": return null;
            case "correct": case "right": case "ok": case "yes": case "y": case "1": case "agree": case "true": case "c": return CORRECT;
            case "wrong": case "incorrect": case "no": case "n": case "0": case "disagree": case "false": case "error": case "w": return WRONG;
            case "unsure": case "uncertain": case "?": case "skip": case "unknown": case "u": case "cannot tell": return UNSURE;
            default: throw new IllegalArgumentException("verdict '" + s + "' is not one of correct, wrong, unsure");
        }
    }
}
