package veil.deid.engine;

import com.pixelmed.dicom.DicomException;
import java.io.EOFException;
import java.io.IOException;

/** Turns a failure into a quarantine reason: the kind of problem and the toolkit's message, which names structure, not values. */
public final class Reasons {

    private Reasons() { }

    public static String of(Throwable e) {
        return of(e, e.getMessage() == null ? "" : e.getMessage());
    }

    /** @param message the exception's message with anything a caller knows to be sensitive (a path) already removed */
    public static String of(Throwable e, String message) {
        String m = message.replaceAll("[\\r\\n\\t]+", " ");
        if (m.length() > 200) m = m.substring(0, 200) + "…";
        String kind = e instanceof DicomException || e instanceof EOFException ? "cannot parse as DICOM"
                : e instanceof IOException ? "I/O error" : e instanceof StackOverflowError ? "nesting too deep" : "cannot process";
        return kind + " (" + e.getClass().getSimpleName() + (m.isEmpty() ? "" : ": " + m) + ")";
    }
}
