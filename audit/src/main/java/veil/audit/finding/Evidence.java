package veil.audit.finding;

/**
 * Masks a value for the audit JSON: each word keeps its first character, every other letter or digit becomes
 * {@code *} ({@code JOHN DOE} becomes {@code J*** D**}, {@code 19650312} becomes {@code 1*******}); punctuation
 * stays so a reviewer can see the shape. Long values are cut.
 */
public final class Evidence {

    static final int MAX = 48;

    private Evidence() { }

    public static String mask(String value) {
        if (value == null) return "";
        StringBuilder out = new StringBuilder(Math.min(value.length(), MAX + 1));
        boolean wordStart = true;
        for (int i = 0; i < value.length() && out.length() < MAX; i++) {
            char c = value.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(wordStart ? c : '*');
                wordStart = false;
            } else {
                out.append(Character.isISOControl(c) ? ' ' : c);
                wordStart = true;
            }
        }
        if (value.length() > MAX) out.append('\u2026');
        return out.toString();
    }
}
