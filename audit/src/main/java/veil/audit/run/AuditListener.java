package veil.audit.run;

/** Progress of a run, for a progress bar. Called from worker threads. */
public interface AuditListener {
    AuditListener NONE = new AuditListener() { };

    default void started(long files) { }

    default void fileDone() { }
}
