package veil.cli.qa;

import java.util.Locale;
import java.util.concurrent.Callable;
import veil.qa.manifest.ManifestException;

/** Error handling shared by the QA commands: input problems exit 1 (usage or fatal error) with one clear line. */
final class Cli {
    private Cli() {}

    interface Body { int run() throws Exception; }

    static int guard(Body body) throws Exception {
        try {
            return body.run();
        } catch (ManifestException | IllegalArgumentException e) {
            System.err.println("veil: " + e.getMessage());
            return 1;
        } catch (java.nio.file.NoSuchFileException e) {
            System.err.println("veil: file not found: " + e.getFile());
            return 1;
        }
    }

    static String pct(double f) {
        return Double.isNaN(f) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * f);
    }

    static Callable<Integer> none() { return () -> 0; }
}
