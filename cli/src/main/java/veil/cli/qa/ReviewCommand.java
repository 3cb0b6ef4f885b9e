package veil.cli.qa;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import veil.qa.manifest.Dataset;
import veil.qa.manifest.ManifestFormat;
import veil.qa.manifest.ManifestLoader;
import veil.qa.review.ErrorRates;
import veil.qa.review.ReviewStore;
import veil.qa.review.ReviewSummary;
import veil.qa.review.VerdictsCsv;
import veil.qa.stats.FiguresJson;

/** {@code veil review}: human review of labels. */
@Command(name = "review", mixinStandardHelpOptions = true, description = "Human review of labels.",
        subcommands = {ReviewCommand.Import.class})
public final class ReviewCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("veil review: name a subcommand (import); see veil review --help");
        return 1;
    }

    /** {@code veil review import VERDICTS.csv}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import filled-in review verdicts and print each label's error rate.",
                    "Error rates come with a Wilson 95%% CI and the estimated number of wrong labels in the whole dataset."},
            footer = {"", "The CSV is the one 'veil sample' wrote, with its verdict column filled in",
                    "(correct, wrong, unsure); required columns: label, value, verdict.",
                    "Importing again replaces earlier verdicts for the same items.",
                    "Pass --review-db to 'veil qa' to show the results in the datasheet."})
    public static final class Import implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "VERDICTS.csv", description = "Filled-in sample CSV.")
        Path verdicts;

        @Option(names = "--db", defaultValue = "review.sqlite", paramLabel = "DB", description = "Review database (default review.sqlite).")
        Path db;

        @Option(names = "--manifest", paramLabel = "INPUT",
                description = "The dataset, to count stratum sizes when the CSV has no stratum_size column.")
        Path manifest;

        @Option(names = "--format", paramLabel = "FORMAT", description = "Format of --manifest (default: detected).")
        String format;

        @Option(names = "--json", paramLabel = "FILE", description = "Also write the error rates as JSON.")
        Path json;

        @Override
        public Integer call() throws Exception {
            return Cli.guard(() -> {
                VerdictsCsv.Result read = VerdictsCsv.read(verdicts);
                ReviewSummary s;
                try (ReviewStore store = ReviewStore.open(db)) {
                    store.importVerdicts(read.rows(), verdicts.getFileName().toString());
                    Dataset ds = manifest == null ? null : ManifestLoader.load(new ManifestLoader.Request(manifest,
                            format == null ? null : ManifestFormat.parse(format), null, null, null, 0));
                    s = ErrorRates.compute(store.all(), db.getFileName().toString(), ds);
                    System.out.printf(Locale.ROOT, "imported %,d verdicts (%,d rows not reviewed yet) into %s; it now holds %,d%n",
                            read.rows().size(), read.pending(), db, store.count());
                }
                System.out.printf(Locale.ROOT, "%-28s %8s %6s %8s %17s %28s%n", "label", "reviewed", "wrong", "error", "95% CI",
                        "est. wrong in dataset (CI)");
                for (var e : s.labels().entrySet()) {
                    var l = e.getValue();
                    System.out.printf(Locale.ROOT, "%-28s %8d %6d %8s %17s %28s%n", e.getKey(), l.reviewed(), l.wrong(), Cli.pct(l.errorRate()),
                            Cli.pct(l.ciLow()) + "-" + Cli.pct(l.ciHigh()),
                            Double.isNaN(l.estimatedWrong()) ? "unknown (no stratum sizes)"
                                    : String.format(Locale.ROOT, "%,.0f of %,d (%,.0f-%,.0f)", l.estimatedWrong(), l.population(),
                                            l.estimatedWrongLow(), l.estimatedWrongHigh()));
                }
                if (json != null) FiguresJson.write(s, json);
                return 0;
            });
        }
    }
}
