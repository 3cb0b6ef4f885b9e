package veil.audit.header;

/**
 * The shape of the value Veil writes for a profile's {@code hash} action (deid's KeyedHash.base32): one token of 8 to
 * 16 characters from the base-32 alphabet (A-Z, 2-7). Being key-dependent it can read as anything, an "ID6..." that
 * the text scanner takes for an identifier label included. Only trusted where the profile hashes the attribute: a
 * value of this shape anywhere else is scanned as usual, and a real identifier left in a hashed attribute nearly
 * always has a 0, 1, 8, 9 or punctuation in it, or another length.
 */
final class KeyedHashValue {

    static final int MIN = 8, MAX = 16;

    private KeyedHashValue() { }

    static boolean is(String value) {
        String v = value.trim();
        if (v.length() < MIN || v.length() > MAX) return false;
        boolean digit = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= '2' && c <= '7') digit = true;
            else if (c < 'A' || c > 'Z') return false;
        }
        // All letters: a word or a name could be that too (e.g. ANONYMOUSPATIENT), so the scanner still reads it.
        return digit;
    }
}
