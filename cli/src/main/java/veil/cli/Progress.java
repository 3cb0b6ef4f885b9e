package veil.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import veil.deid.run.FileOutcome;
import veil.deid.run.RunListener;

/** A progress bar on stderr when it is a terminal; silent otherwise (CI logs, pipes). */
public final class Progress implements RunListener, AutoCloseable {

    private final String task;
    private final boolean enabled;
    private ProgressBar bar;

    private Progress(String task, boolean enabled) {
        this.task = task;
        this.enabled = enabled;
    }

    public static Progress start(String task, boolean quiet) {
        return new Progress(task, !quiet && System.console() != null);
    }

    @Override
    public synchronized void started(long totalFiles) {
        if (enabled) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(totalFiles).setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build();
        }
    }

    @Override
    public void finished(FileOutcome outcome) {
        step();
    }

    public synchronized void step() {
        if (bar != null) bar.step();
    }

    @Override
    public synchronized void close() {
        if (bar != null) bar.close();
    }
}
