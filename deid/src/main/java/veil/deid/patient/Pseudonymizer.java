package veil.deid.patient;

import veil.deid.keys.KeyedHash;

/** Keyed patient pseudonyms: the same patient identity gives the same pseudonym in every file and run. */
public final class Pseudonymizer {

    private static final int CHARS = 10;   // 50 bits: collisions are negligible at a few million patients
    private final KeyedHash hash;
    private final String prefix;

    public Pseudonymizer(KeyedHash hash, String prefix) {
        if (!prefix.matches("[A-Za-z0-9_-]{0,6}")) {
            throw new IllegalArgumentException("pseudonym prefix must be up to 6 letters, digits, _ or -");
        }
        this.hash = hash;
        this.prefix = prefix;
    }

    /** At most 16 characters, so it fits every string VR, including SH. */
    public String pseudonym(PatientIdentity identity) {
        return prefix + hash.base32(identity.key(), CHARS);
    }
}
