package veil.qa.manifest;

/**
 * Label values as stored in {@link LabelSet} byte columns. CheXpert-style coding: 1 positive,
 * 0 negative, -1 uncertain, blank (not mentioned) stored as {@link #BLANK}.
 */
public final class LabelValue {
    public static final byte POSITIVE = 1;
    public static final byte NEGATIVE = 0;
    public static final byte UNCERTAIN = -1;
    public static final byte BLANK = -2;
    /** Marker returned by {@link #parse} for text that is not a label value. */
    public static final byte INVALID = -128;

    /** The four values in display order. */
    public static final byte[] ALL = {POSITIVE, NEGATIVE, UNCERTAIN, BLANK};

    private LabelValue() {}

    /** Parses "1", "1.0", "0", "0.0", "-1", "-1.0", "" (blank); anything else gives {@link #INVALID}. */
    public static byte parse(String s) {
        if (s == null) return BLANK;
        String t = s.strip();
        switch (t) {
            case "": return BLANK;
            case "1": case "1.0": case "1.00": return POSITIVE;
            case "0": case "0.0": case "-0.0": case "0.00": return NEGATIVE;
            case "-1": case "-1.0": case "-1.00": return UNCERTAIN;
            default: break;
        }
        switch (t.toLowerCase(java.util.Locale.ROOT)) {
            case "positive": case "pos": case "true": case "yes": return POSITIVE;
            case "negative": case "neg": case "false": case "no": return NEGATIVE;
            case "uncertain": case "unc": return UNCERTAIN;
            case "blank": case "nan": case "na": case "none": return BLANK;
            default: return INVALID;
        }
    }

    public static String name(byte v) {
        switch (v) {
            case POSITIVE: return "positive";
            case NEGATIVE: return "negative";
            case UNCERTAIN: return "uncertain";
            case BLANK: return "blank";
            default: throw new IllegalArgumentException("not a label value: " + v);
        }
    }

    /** Inverse of {@link #name}. */
    public static byte fromName(String name) {
        byte v = parse(name);
        if (v == INVALID) throw new IllegalArgumentException("not a label value: " + name);
        return v;
    }

    /** Index 0..3 for tables, in the order of {@link #ALL}. */
    public static int index(byte v) {
        switch (v) {
            case POSITIVE: return 0;
            case NEGATIVE: return 1;
            case UNCERTAIN: return 2;
            case BLANK: return 3;
            default: throw new IllegalArgumentException("not a label value: " + v);
        }
    }
}
