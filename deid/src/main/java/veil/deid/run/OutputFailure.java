package veil.deid.run;

import java.io.IOException;

/**
 * Writing to OUT failed (a full disk, a read-only or vanished folder): the environment's fault, not the input's. The run
 * stops with a clear message instead of quarantining inputs that are fine; a re-run resumes.
 */
public final class OutputFailure extends RuntimeException {

    OutputFailure(IOException cause) {
        super(cause);
    }

    @Override
    public synchronized IOException getCause() {
        return (IOException) super.getCause();
    }

    /** A full disk, a read-only or vanished folder, a device error: the output side, whatever the input. */
    static boolean isEnvironmental(IOException e) {
        if (e instanceof java.nio.file.FileSystemException) return true;
        String m = e.getMessage() == null ? "" : e.getMessage();
        return m.contains("No space left on device") || m.contains("Disk quota exceeded") || m.contains("Read-only file system")
                || m.contains("Input/output error") || m.contains("Stale file handle");
    }

    /** What the operator needs to know, without paths (they may name patients). */
    String describe() {
        String m = getCause().getMessage() == null ? "" : getCause().getMessage();
        if (m.contains("No space left on device")) return "no space left on the output disk";
        if (m.contains("Read-only file system")) return "the output file system is read-only";
        return getCause().getClass().getSimpleName() + (getCause() instanceof java.nio.file.FileSystemException f
                && f.getReason() != null ? " (" + f.getReason() + ")" : "");
    }
}
