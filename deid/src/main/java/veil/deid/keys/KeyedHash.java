package veil.deid.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 under one derived key; thread-safe (one Mac per thread). */
public final class KeyedHash {

    private final ThreadLocal<Mac> mac;

    KeyedHash(byte[] key) {
        SecretKeySpec spec = new SecretKeySpec(key, "HmacSHA256");
        this.mac = ThreadLocal.withInitial(() -> {
            try {
                Mac m = Mac.getInstance("HmacSHA256");
                m.init(spec);
                return m;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 unavailable", e);
            }
        });
    }

    public byte[] digest(String input) {
        return mac.get().doFinal(input.getBytes(StandardCharsets.UTF_8));
    }

    public String hex(String input, int chars) {
        return HexFormat.of().formatHex(digest(input)).substring(0, chars);
    }

    /** Upper-case base-32 (A-Z, 2-7): short, safe in every string VR and path. */
    public String base32(String input, int chars) {
        byte[] d = digest(input);
        StringBuilder sb = new StringBuilder(chars);
        long buffer = 0;
        int bits = 0;
        int i = 0;
        while (sb.length() < chars) {
            if (bits < 5) {
                buffer = (buffer << 8) | (d[i++ % d.length] & 0xFF);
                bits += 8;
            }
            int v = (int) (buffer >>> (bits - 5)) & 0x1F;
            bits -= 5;
            sb.append("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".charAt(v));
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "KeyedHash[redacted]";
    }
}
