package veil.deid.run;

import java.nio.file.Path;

/** A run in a child JVM that the kill test can SIGKILL at any point: {@code KillRunMain IN OUT}. */
public final class KillRunMain {

    private KillRunMain() { }

    public static void main(String[] args) throws Exception {
        RunConfig c = RunSafetyTest.config(Path.of(args[0]), Path.of(args[1])).withDurable(false);
        new DeidRun(new RunConfig(c.input(), c.output(), c.key(), c.rules(), 1, c.textCleaner(), null, "test", false, false, false))
                .run(RunListener.NONE);
    }
}
