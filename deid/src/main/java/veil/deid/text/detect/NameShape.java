package veil.deid.text.detect;

import java.util.Locale;

/** What a token looks like, as evidence for being part of a person's name. */
final class NameShape {
    private NameShape() {}

    /** "Smith", "SMITH", "O'Brien", "Smith-Jones", "McDonald". */
    static boolean isNameWord(String t) {
        int n = t.length();
        if (n < 2 || !Character.isUpperCase(t.charAt(0))) return false;
        boolean letter = false;
        for (int i = 1; i < n; i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) letter = true;
            else if (c != '\'' && c != '’' && c != '-') return false;
        }
        return letter;
    }

    /** "healey", "o'brien": letters (an apostrophe or hyphen inside), all lower case. */
    static boolean isLowerWord(String t) {
        int n = t.length();
        if (n < 2 || !Character.isLowerCase(t.charAt(0))) return false;
        for (int i = 1; i < n; i++) {
            char c = t.charAt(i);
            if (!Character.isLowerCase(c) && c != '\'' && c != '-') return false;
        }
        return true;
    }

    /** "J" or "J." */
    static boolean isInitial(String t) {
        return (t.length() == 1 && Character.isUpperCase(t.charAt(0)))
                || (t.length() == 2 && Character.isUpperCase(t.charAt(0)) && t.charAt(1) == '.');
    }

    static boolean isAllCaps(String t) {
        boolean letter = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letter = true;
        }
        return letter;
    }

    /** Lower case, trailing full stop dropped: how cue phrases are compared. */
    static String norm(String t) {
        String s = t.endsWith(".") && t.length() > 1 ? t.substring(0, t.length() - 1) : t;
        return s.toLowerCase(Locale.ROOT);
    }
}
