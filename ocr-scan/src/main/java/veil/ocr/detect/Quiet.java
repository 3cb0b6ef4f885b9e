package veil.ocr.detect;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * Leptonica (under Tesseract) prints "Error in pixScanForForeground: invalid box" and the like to
 * stderr for harmless empty crops; that would mix with progress output. Lowering its message
 * severity is best effort: if the library cannot be bound, messages just stay.
 */
final class Quiet {

    private static final int L_SEVERITY_NONE = 6;

    interface Lept extends Library {
        int setMsgSeverity(int severity);
    }

    private Quiet() { }

    static void leptonica() {
        for (String name : new String[]{"lept", "leptonica"}) {
            try {
                Native.load(name, Lept.class).setMsgSeverity(L_SEVERITY_NONE);
                return;
            } catch (UnsatisfiedLinkError | RuntimeException ignored) {
                // try the next name; Debian bookworm ships liblept.so.5
            }
        }
    }
}
