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

    @Override
    public Integer call() throws Exception {
        return Cli.guard(() -> {
            boolean jsonToStdout = json != null && json.toString().equals("-");
            PrintStream out = jsonToStdout ? System.err : System.out;
            QaOptions opt = new QaOptions(strata, testSplit, assumed, maxHalfWidth, listPatients, null);
            QaReports.Result r = QaReports.run(new QaReports.Request(in.request(), opt, jsonToStdout ? null : json, html, datasheet, reviewDb));
            if (jsonToStdout) {
                OutputStream os = System.out;
                FiguresJson.mapper().writeValue(new NonClosing(os), r.figures());
                System.out.println();
            }
            summary(r.figures(), out);
            if (json != null && !jsonToStdout) out.println("figures: " + json);
            if (html != null) out.println("datasheet: " + html);
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
