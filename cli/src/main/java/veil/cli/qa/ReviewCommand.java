package veil.cli.qa;

import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import veil.qa.manifest.Dataset;
import veil.qa.manifest.ManifestFormat;
import veil.qa.manifest.ManifestLoader;
import veil.qa.manifest.ManifestException;
import veil.qa.review.ErrorRates;
import veil.qa.review.ReviewExport;
import veil.qa.review.ReviewStore;
import veil.qa.review.ReviewSummary;
import veil.qa.review.VerdictsCsv;
import veil.qa.review.app.ReviewSample;
import veil.qa.review.app.ReviewServer;
import veil.qa.stats.FiguresJson;

/** {@code veil review}: human review of labels and of spot-check samples of a release. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Human review: labels, and spot-checks of a release for leaks (in a local web app).",
        subcommands = {ReviewCommand.Serve.class, ReviewCommand.Export.class, ReviewCommand.Import.class})
public final class ReviewCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("veil review: name a subcommand (serve, export, import); see veil review --help");
        return 1;
    }

    /** {@code veil review serve SAMPLE}: the review web app on 127.0.0.1. */
    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = {"Open a review sample in a web app on 127.0.0.1 only, one item per page.",
                    "Reviewers judge each item (pass/fail for a spot-check; correct/wrong/unsure",
                    "for a label) and may add a note. Verdicts go into the SQLite database; two",
                    "reviewers of the same items give Cohen's kappa (veil review export)."},
            footer = {"", "SAMPLE is a spot-check folder written by 'veil sample --audit'",
                    "(items.jsonl + img/), or a label-review CSV written by 'veil sample'",
                    "(--images shows its PNG/JPEG images).",
                    "Keys on the page: p pass, f fail (c correct, w wrong, u unsure),",
                    "n or -> next, b or <- back, t note.",
                    "Only the URL and counts are printed. Ctrl-C stops the server.",
                    "", "Example:", "  veil review serve spot-check/ --db review.sqlite --port 8765"})
    public static final class Serve implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "SAMPLE", description = "Spot-check folder, or label-review sample CSV.")
        Path sample;

        @Option(names = "--db", defaultValue = "review.sqlite", paramLabel = "DB", description = "Review database (default review.sqlite).")
        Path db;

        @Option(names = "--port", defaultValue = "0", paramLabel = "N", description = "Port on 127.0.0.1 (default 0: a free one).")
        int port;

        @Option(names = "--reviewer", paramLabel = "NAME",
                description = "Reviewer name to use when the browser has not given one (then the page does not ask).")
        String reviewer;

        @Option(names = "--images", paramLabel = "DIR", description = "Label CSV only: the folder its image paths are relative to.")
        Path images;

        @Override
        public Integer call() throws Exception {
            return Cli.guard(() -> {
                ReviewSample s = ReviewSample.open(sample, images);
                ReviewStore store = ReviewStore.open(db);
                ReviewServer server;
                try {
                    server = ReviewServer.start(s, store, port, reviewer);
                } catch (BindException e) {
                    store.close();
                    System.err.println("veil: " + e.getMessage());
                    return 1;
                } catch (RuntimeException e) {
                    store.close();
                    throw e;
                }
                CountDownLatch stopped = new CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    server.close();
                    try {
                        store.close();
                    } catch (Exception ignored) {
                        // closing on the way out: nothing left to report it to
                    }
                    System.err.printf(Locale.ROOT, "veil review: stopped; %,d verdicts recorded%n", server.verdictsRecorded());
                    stopped.countDown();
                }));
                System.out.printf(Locale.ROOT, "veil review: %,d %s items at %s (Ctrl-C to stop)%n", s.size(), s.kind().id, server.url());
                System.out.flush();
                stopped.await();
                return 0;
            });
        }
    }

    /** {@code veil review export}: verdicts, per-reviewer counts, kappa and the leak bound. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Write the review app's verdicts, per-reviewer counts, kappa and leak bound.",
                    "Counts per reviewer, Cohen's kappa per pair of reviewers and, for a spot-check,",
                    "the bound on the leak rate reached (exact one-sided 95%% Clopper-Pearson; 0 fails in n is",
                    "about the rule of three, 3/n). An item fails when any reviewer failed it."},
            footer = {"", "Example:", "  veil review export --db review.sqlite --csv verdicts.csv --json review.json"})
    public static final class Export implements Callable<Integer> {
        @Option(names = "--db", defaultValue = "review.sqlite", paramLabel = "DB", description = "Review database (default review.sqlite).")
        Path db;

        @Option(names = "--csv", paramLabel = "FILE", description = "One row per verdict: kind, item_id, stratum, reviewer, verdict, note, decided_at.")
        Path csv;

        @Option(names = "--json", paramLabel = "FILE", description = "The verdicts with the per-reviewer, kappa and bound summary.")
        Path json;

        @Override
        public Integer call() throws Exception {
            return Cli.guard(() -> {
                if (!Files.isRegularFile(db)) throw new ManifestException("the review database " + db + " does not exist");
                ReviewExport e;
                try (ReviewStore store = ReviewStore.open(db)) {
                    e = ReviewExport.of(store.itemVerdicts(), store.itemCounts());
                }
                if (e.samples().isEmpty()) System.out.println("no items served from this database yet (veil review serve)");
                for (ReviewExport.KindSummary k : e.samples()) {
                    System.out.printf(Locale.ROOT, "%s: %,d of %,d items reviewed, %,d verdicts%n", k.kind(), k.reviewedItems(), k.items(),
                            k.verdicts());
                    for (ReviewExport.ReviewerSummary r : k.reviewers())
                        System.out.printf(Locale.ROOT, "  %-24s %,6d reviewed  %s%n", r.reviewer(), r.reviewed(), r.verdicts());
                    for (ReviewExport.PairAgreement p : k.agreement())
                        System.out.printf(Locale.ROOT, "  kappa %s / %s: %s over %,d items in common (agreement %s)%n", p.reviewerA(),
                                p.reviewerB(), Double.isNaN(p.kappa()) ? "-" : String.format(Locale.ROOT, "%.3f", p.kappa()),
                                p.itemsInCommon(), Cli.pct(p.observed()));
                    if (k.boundStatement() != null) System.out.println("  " + k.boundStatement());
                }
                if (csv != null) e.writeCsv(csv);
                if (json != null) e.writeJson(json);
                return 0;
            });
        }
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
