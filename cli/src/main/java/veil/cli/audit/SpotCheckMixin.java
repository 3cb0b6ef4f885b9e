package veil.cli.audit;

import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;
import veil.audit.sample.SpotCheckOptions;
import veil.audit.sample.SpotCheckSample;
import veil.audit.sample.SpotCheckSampler;
import veil.cli.UserError;
import veil.deid.text.io.InputException;

/** {@code veil sample --audit F DIR}: the spot-check sample of a release, beside the label sample. Wiring only. */
public final class SpotCheckMixin {

    @Option(names = "--audit", paramLabel = "JSON",
            description = "Spot-check sample instead of labels: the audit JSON of INPUT (a released folder); --out is the SAMPLE folder.")
    public Path audit;

    @Option(names = "--original", paramLabel = "DIR", description = "With --audit: the originals, for before images.")
    Path original;

    @Option(names = "--key", paramLabel = "FILE", description = "With --audit: the de-identification key, to match originals exactly.")
    Path key;

    @Option(names = "--max-leak-rate", defaultValue = "0.01", paramLabel = "P",
            description = "With --audit: the leak rate zero fails must bound (default 0.01).")
    double maxLeakRate;

    @Option(names = "--confidence", defaultValue = "0.95", paramLabel = "C", description = "With --audit: confidence of the bound (default 0.95).")
    double confidence;

    public int run(Path dir, Path out, long seed) throws Exception {
        try {
            SpotCheckSample s = SpotCheckSampler.draw(new SpotCheckOptions(audit, dir, out, original, key, seed, maxLeakRate, confidence));
            System.out.printf(Locale.ROOT, "%d of %,d instances to review in %d strata (seed %d) -> %s%n", s.size(), s.population(),
                    s.strata().size(), seed, out.resolve("items.jsonl"));
            System.out.println(s.bound());
            System.out.println("review with: veil review serve " + out + " --db review.sqlite");
            return 0;
        } catch (InputException e) {
            throw new UserError(e.getMessage());
        }
    }
}
