package veil.deid.run;

/** Progress of a run, for a progress bar. Called from worker threads. */
public interface RunListener {
    void started(long totalFiles);

    void finished(FileOutcome outcome);

    RunListener NONE = new RunListener() {
        @Override public void started(long totalFiles) { }
        @Override public void finished(FileOutcome outcome) { }
    };
}
