package veil.rules;

import java.util.Locale;

/**
 * A tag or a wildcard over tags as written in the standard, e.g. {@code (0010,0010)} or {@code (50xx,xxxx)}.
 * Each x matches any hex digit; matching is one mask-and-compare.
 */
public record TagPattern(int value, int mask) {

    public static final int EXACT = 0xFFFFFFFF;

    public static TagPattern exact(int tag) {
        return new TagPattern(tag, EXACT);
    }

    /** Parses {@code (gggg,eeee)} or {@code gggg,eeee} or {@code ggggeeee}; x/X are wildcards. */
    public static TagPattern parse(String text) {
        String s = text.trim().replace("(", "").replace(")", "").replace(",", "").replace(" ", "");
        if (s.length() != 8) throw new IllegalArgumentException("not a tag: '" + text + "' (expected (gggg,eeee))");
        int value = 0;
        int mask = 0;
        for (char c : s.toCharArray()) {
            value <<= 4;
            mask <<= 4;
            if (c == 'x' || c == 'X') continue;
            int digit = Character.digit(c, 16);
            if (digit < 0) throw new IllegalArgumentException("not a tag: '" + text + "' (bad hex digit '" + c + "')");
            value |= digit;
            mask |= 0xF;
        }
        return new TagPattern(value, mask);
    }

    public boolean isExact() {
        return mask == EXACT;
    }

    public boolean matches(int tag) {
        return (tag & mask) == value;
    }

    public static String format(int tag) {
        return String.format(Locale.ROOT, "(%04X,%04X)", tag >>> 16, tag & 0xFFFF);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 7; i >= 0; i--) {
            int shift = i * 4;
            sb.append(((mask >>> shift) & 0xF) == 0 ? "x" : Integer.toHexString((value >>> shift) & 0xF).toUpperCase(Locale.ROOT));
            if (i == 4) sb.append(',');
        }
        return sb.append(')').toString();
    }
}
