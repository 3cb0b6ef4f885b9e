package veil.audit.header;

/**
 * Whether a PN value still looks like someone's name: a component of two or more letters and no digits (keyed
 * pseudonyms mix letters and digits; dummies and placeholders are filtered before).
 */
final class PersonNameShape {

    private PersonNameShape() { }

    static boolean looksLikeAName(String value) {
        if (Placeholders.looksPseudonymous(value)) return false;
        for (String part : value.split("[\\^ ,=]+")) {
            if (part.length() >= 2 && part.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '.')
                    && !Placeholders.isPlaceholder(part)) {
                return true;
            }
        }
        return false;
    }
}
