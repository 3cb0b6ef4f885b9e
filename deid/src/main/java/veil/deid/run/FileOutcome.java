package veil.deid.run;

import java.util.List;
import java.util.Map;
import veil.deid.engine.PixelScreening;

/** What happened to one input file: the closed set the summary, audit and exit code are built from. */
public sealed interface FileOutcome {

    /** Released: written to {@code output} (relative to OUT). {@code pixels} says how the pixel data was handled. */
    record Written(String output, Map<String, Integer> actions, List<String> warnings, String pixels,
                   PixelScreening screening) implements FileOutcome { }

    /** Its output already exists from an earlier run (resume). */
    record AlreadyDone(String output) implements FileOutcome { }

    /** Not released. The reason names no value from the file. */
    record Quarantined(String reason, List<String> warnings) implements FileOutcome { }

    /**
     * Not a DICOM file, a DICOMDIR (which would point at the input's paths), or a folder that was not walked.
     *
     * @param listForOperator also listed in the quarantine list: something in IN was not looked at (a symlinked or
     *                        unreadable folder), so the operator must decide
     */
    record Skipped(String why, boolean listForOperator) implements FileOutcome {
        public Skipped(String why) {
            this(why, false);
        }
    }

    default String status() {
        if (this instanceof Written) return "written";
        if (this instanceof AlreadyDone) return "already-done";
        if (this instanceof Quarantined) return "quarantined";
        return "skipped";
    }
}
