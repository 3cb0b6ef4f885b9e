package veil.deid.uid;

import java.math.BigInteger;
import java.util.Arrays;
import veil.deid.keys.KeyedHash;

/**
 * Maps a UID to {@code 2.25.<decimal of 128 bits of HMAC(key, uid)>}: the same original gives the same new UID
 * in every file and run with the same key, so references across files stay consistent without a lookup table.
 * UIDs defined by the standard (SOP classes, transfer syntaxes, coding schemes, well-known frames of
 * reference: all under 1.2.840.10008) identify nothing and are never remapped.
 */
public final class UidMapper {

    private static final String DICOM_ROOT = "1.2.840.10008.";
    private final KeyedHash hash;

    public UidMapper(KeyedHash hash) {
        this.hash = hash;
    }

    public static boolean isStandard(String uid) {
        return uid.startsWith(DICOM_ROOT);
    }

    public String map(String uid) {
        String u = uid.trim();
        if (u.isEmpty() || isStandard(u)) return u;
        byte[] d = Arrays.copyOf(hash.digest(u), 16);
        return "2.25." + new BigInteger(1, d);
    }
}
