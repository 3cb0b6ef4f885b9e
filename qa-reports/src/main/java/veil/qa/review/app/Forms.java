package veil.qa.review.app;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Reads a small url-encoded form body, refusing anything oversized, repeated or undecodable. */
final class Forms {
    static final int MAX_BODY = 16 * 1024;
    static final int MAX_NOTE = 2000;

    private Forms() {}

    /** A request the app refuses, with the status and a message safe to show. */
    static final class Rejected extends Exception {
        final int status;

        Rejected(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    static Map<String, String> read(InputStream body, String contentType) throws IOException, Rejected {
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded"))
            throw new Rejected(415, "forms must be sent url-encoded");
        byte[] bytes = body.readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) throw new Rejected(413, "the form is too large");
        Map<String, String> out = new HashMap<>();
        String s = new String(bytes, StandardCharsets.UTF_8);
        if (s.isEmpty()) return out;
        for (String pair : s.split("&", -1)) {
            int eq = pair.indexOf('=');
            String k, v;
            try {
                k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new Rejected(400, "the form is not url-encoded properly");
            }
            if (out.put(k, v) != null) throw new Rejected(400, "the form field " + (k.length() > 20 ? "" : k) + " is repeated");
        }
        return out;
    }

    /** A note: at most {@link #MAX_NOTE} characters, no control characters but line breaks and tabs. */
    static String note(String raw) throws Rejected {
        if (raw == null) return "";
        String n = raw.replace("\r\n", "\n").strip();
        if (n.length() > MAX_NOTE) throw new Rejected(400, "the note is longer than " + MAX_NOTE + " characters");
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\t') throw new Rejected(400, "the note holds a control character");
        }
        return n;
    }
}
