package veil.cli.qa;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import veil.cli.audit.SpotCheckMixin;
import veil.qa.html.DatasheetRenderer;
import veil.qa.manifest.Dataset;
import veil.qa.manifest.ManifestLoader;
import veil.qa.sample.Sample;
import veil.qa.sample.SampleCsv;
import veil.qa.sample.SampleOptions;
import veil.qa.sample.Sampler;

/** {@code veil sample}: a reproducible stratified sample of labels for human review. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = {"Draw a reproducible stratified sample of labels for human review.",
                "Strata are label x value x split; each is sized so its error rate is known to a target 95%% CI half-width.",
                "Writes a CSV to fill in (verdict: correct, wrong or unsure) and a printable HTML sheet."},
        footer = {"", "Example:",
                "  veil sample train.csv --labels Edema,Pneumonia --values positive,uncertain \\",
                "      --seed 7 --out review.csv --html review.html",
                "Then fill in the verdict column and run: veil review import review.csv", "",
                "Spot-check of a release (after veil audit):",
                "  veil sample release/ --audit audit.json --original raw/ --out SAMPLE --max-leak-rate 0.01 --confidence 0.95"})
public final class SampleCommand implements Callable<Integer> {
    @Mixin ManifestOptions in;

    @Mixin SpotCheckMixin spotCheck;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "CSV|DIR", description = "Sample CSV to write (with --audit: the SAMPLE folder).")
    Path out;

    @Option(names = "--html", paramLabel = "FILE", description = "Printable review sheet to write.")
    Path html;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default 1): same seed and data give the same sample.")
    long seed;

    @Option(names = "--labeller", paramLabel = "NAME", description = "Whose labels to review (default: the first, e.g. chexpert).")
    String labeller;

    @Option(names = "--labels", split = ",", paramLabel = "LABEL", description = "Labels to review (default: all).")
    List<String> labels = new ArrayList<>();

    @Option(names = "--values", split = ",", paramLabel = "VALUE",
            description = "Label values to review: positive, negative, uncertain, blank (default: positive,negative,uncertain).")
    List<String> values = new ArrayList<>();

    @Option(names = "--splits", split = ",", paramLabel = "SPLIT", description = "Splits to sample from (default: all).")
    List<String> splits = new ArrayList<>();

    @Option(names = "--ci-half-width", defaultValue = "0.10", paramLabel = "W",
            description = "Target half-width of each stratum's 95%% error-rate CI (default 0.10).")
    double halfWidth;

    @Option(names = "--expected-error", defaultValue = "0.10", paramLabel = "P",
            description = "Error rate assumed for sizing (default 0.10; 0.5 is the most cautious).")
    double expectedError;

    @Option(names = "--max-per-stratum", defaultValue = "0", paramLabel = "N", description = "Cap per stratum (default: none).")
    int maxPerStratum;

    @Override
    public Integer call() throws Exception {
        if (spotCheck.audit != null) return spotCheck.run(in.input, out, seed);
        return Cli.guard(() -> {
            Dataset ds = ManifestLoader.load(in.request());
            Sample s = Sampler.draw(ds, new SampleOptions(seed, labeller, labels, values, splits, halfWidth, expectedError, maxPerStratum));
            SampleCsv.write(s, out);
            if (html != null) DatasheetRenderer.writeSampleSheet(s, "Label review sheet: " + in.input.getFileName(), html);
            System.out.printf(Locale.ROOT, "%,d labels to review in %d strata (labeller %s, seed %d) -> %s%n", s.items().size(),
                    s.strata().size(), s.labeller(), seed, out);
            if (html != null) System.out.println("review sheet: " + html);
            return 0;
        });
    }
}
