package veil.cli.qa;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import veil.qa.QaReports;
import veil.qa.embeddings.EmbeddingQa;
import veil.qa.stats.Figures;
import veil.qa.stats.FiguresJson;
import veil.qa.stats.QaOptions;

/** {@code veil qa}: dataset QA figures as JSON and a datasheet as HTML. */
@Command(name = "qa", mixinStandardHelpOptions = true,
        description = {"Dataset QA: figures as JSON and a self-contained HTML datasheet.",
                "Checks patients, splits and leakage, labels and labellers, hidden strata, test-set size and image properties."},
        footer = {"", "Examples:",
                "  veil qa Data_Entry_2017_v2020.csv --html datasheet.html --json qa.json",
                "  veil qa mimic-cxr-jpg/ --strata procedure --datasheet answers.yaml \\",
                "      --review-db review.sqlite --html ds.html",
                "  veil qa dicoms/ --format dicom --labels-csv labels.csv --strata manufacturer \\",
                "      --json -",
                "  veil qa release-jpg/ --html ds.html        # a 'veil export jpeg' folder, grey levels included",
                "  veil qa mimic-cxr-jpg/ --embeddings cxr-foundation/ --suspects suspects.csv --html ds.html",
                "Exit status: 0 done, 1 bad input or usage error."})
public final class QaCommand implements Callable<Integer> {
    @Mixin ManifestOptions in;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the figures as JSON ('-' for standard output).")
    Path json;

    @Option(names = "--html", paramLabel = "FILE", description = "Write the HTML datasheet.")
    Path html;

    @Option(names = "--datasheet", paramLabel = "YAML",
            description = "Answers only people can give (motivation, collection, uses, distribution, maintenance...).")
    Path datasheet;

    @Option(names = "--review-db", paramLabel = "DB", description = "Review database from 'veil review import': adds label error rates.")
    Path reviewDb;

    @Option(names = "--strata", split = ",", paramLabel = "COLUMN",
            description = "More categorical columns to show label prevalence by (view position is always shown).")
    List<String> strata = new ArrayList<>();

    @Option(names = "--test-split", paramLabel = "NAME", description = "The split to judge as a test set (default: test, else valid/validate).")
    String testSplit;

    @Option(names = "--assumed-performance", paramLabel = "P", defaultValue = "0.5",
            description = "Sensitivity/specificity assumed for the test-set CI width (default 0.5, the widest).")
    double assumed;

    @Option(names = "--max-half-width", paramLabel = "W", defaultValue = "0.10",
            description = "Flag labels whose test-set 95%% CI half-width exceeds this (default 0.10).")
    double maxHalfWidth;

    @Option(names = "--list-patients", paramLabel = "N", defaultValue = "1000",
            description = "How many leaked patients to list by ID in the JSON (default 1000).")
    int listPatients;

    @Option(names = "--export-stats", paramLabel = "CSV",
            description = "Grey-level statistics from 'veil export jpeg' (OUT.export-stats.csv; found by itself for a JPEG folder OUT).")
    Path exportStats;

    @Option(names = "--embeddings", paramLabel = "DIR|FILE",
            description = "Image embeddings: a folder of CXR-Foundation-style TFRecords (image/id, embedding), a .npy with NAME.ids.txt, "
                    + "or a CSV (id column, then the vector). Adds near-duplicates, cross-split duplicates and suspected label errors.")
    Path embeddings;

    @Option(names = "--knn", defaultValue = "10", paramLabel = "K", description = "Neighbours per image for the embedding figures (default 10).")
    int knn;

    @Option(names = "--duplicate-threshold", defaultValue = "0.98", paramLabel = "COS",
            description = "Cosine similarity at or above which two images are near-duplicates (default 0.98).")
    double duplicateThreshold;

    @Option(names = "--suspects", paramLabel = "CSV",
            description = "Write the ranked suspected label errors as a review sheet (fill in verdict, then 'veil review import').")
    Path suspects;

    @Option(names = "--suspects-top", defaultValue = "0", paramLabel = "N", description = "How many suspects to write (default: the top 5%%).")
    int suspectsTop;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        return Cli.guard(() -> {
            boolean jsonToStdout = json != null && json.toString().equals("-");
            PrintStream out = jsonToStdout ? System.err : System.out;
            QaOptions opt = new QaOptions(strata, testSplit, assumed, maxHalfWidth, listPatients, null);
            if (suspects != null && embeddings == null) throw new IllegalArgumentException("--suspects needs --embeddings");
            QaReports.Result r;
            try (veil.cli.Progress bar = veil.cli.Progress.start("neighbours", quiet || embeddings == null)) {
                QaReports.ImageInputs images = exportStats == null && embeddings == null ? null : new QaReports.ImageInputs(exportStats, embeddings,
                        new EmbeddingQa.Options(knn, duplicateThreshold, 100, in.threads), suspects, suspectsTop, new Runnable() {
                            boolean begun;
                            @Override public synchronized void run() {
                                if (!begun) { begun = true; bar.started(-1); }
                                bar.step();
                            }
                        });
                r = QaReports.run(new QaReports.Request(in.request(), opt, jsonToStdout ? null : json, html, datasheet, reviewDb, images));
            }
            if (jsonToStdout) {
                OutputStream os = System.out;
                FiguresJson.mapper().writeValue(new NonClosing(os), r.figures());
                System.out.println();
            }
            summary(r.figures(), out);
            if (json != null && !jsonToStdout) out.println("figures: " + json);
            if (html != null) out.println("datasheet: " + html);
            if (suspects != null) out.println("suspected label errors, ranked: " + suspects);
            if (json == null && html == null) out.println("(write them with --json FILE and --html FILE)");
            return 0;
        });
    }

    static void summary(Figures f, PrintStream out) {
        out.printf(Locale.ROOT, "%s: %,d images, %,d studies, %,d patients", f.meta().format(), f.counts().images(),
                f.counts().studies(), f.counts().patients());
        if (f.splits().size() > 1) {
            List<String> parts = new ArrayList<>();
            f.splits().forEach((k, v) -> parts.add(String.format(Locale.ROOT, "%s %,d", k, v.images())));
            out.print(" (" + String.join(", ", parts) + ")");
        }
        out.println();
        for (Figures.Warning w : f.warnings())
            if (!w.severity().equals("info")) out.println("  " + w.severity().toUpperCase(Locale.ROOT) + ": " + w.message());
    }

    /** Lets Jackson write to standard output without closing it. */
    static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream o) { super(o); }
        @Override public void write(byte[] b, int off, int len) throws java.io.IOException { out.write(b, off, len); }
        @Override public void close() throws java.io.IOException { flush(); }
    }
}
