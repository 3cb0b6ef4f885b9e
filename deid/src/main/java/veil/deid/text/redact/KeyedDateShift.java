package veil.deid.text.redact;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import veil.deid.text.DateShift;

/**
 * Date shift derived from the run's secret key: a purpose key HMAC-SHA256(key, "date"), then
 * HMAC-SHA256(purpose key, patient id) read as a number, giving 1 to 365 days back. Without the key
 * nobody can tell the shift; with it every tool of the run shifts a patient alike.
 */
public final class KeyedDateShift implements DateShift {
    static final String LABEL = "date";
    static final int MAX_DAYS = 365;

    private final byte[] purposeKey;

    public KeyedDateShift(byte[] secret) {
        if (secret == null || secret.length < 16) throw new IllegalArgumentException("the key must have at least 16 bytes");
        this.purposeKey = hmac(secret, LABEL.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int daysFor(String patientId) {
        byte[] h = hmac(purposeKey, (patientId == null ? "" : patientId).getBytes(StandardCharsets.UTF_8));
        long v = ByteBuffer.wrap(h, 0, 8).getLong();
        return -(1 + (int) Math.floorMod(v, (long) MAX_DAYS));
    }

    static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
