package veil.qa;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import veil.qa.embeddings.EmbeddingFigures;
import veil.qa.embeddings.EmbeddingQa;
import veil.qa.embeddings.Embeddings;
import veil.qa.embeddings.EmbeddingsLoader;
import veil.qa.embeddings.SuspectsCsv;
import veil.qa.export.ExportStatsCsv;
import veil.qa.export.GreyLevelFigures;
import veil.qa.html.DatasheetAnswers;
import veil.qa.html.DatasheetRenderer;
import veil.qa.manifest.Dataset;
import veil.qa.manifest.ManifestFormat;
import veil.qa.manifest.ManifestLoader;
import veil.qa.review.ErrorRates;
import veil.qa.review.ReviewStore;
import veil.qa.review.ReviewSummary;
import veil.qa.review.VerdictRow;
import veil.qa.stats.Figures;
import veil.qa.stats.FiguresCalculator;
import veil.qa.stats.FiguresJson;
import veil.qa.stats.ImageWarnings;
import veil.qa.stats.QaOptions;

/** The whole {@code veil qa} job: read, compute the figures once, write JSON and HTML from them. */
public final class QaReports {
    private QaReports() {}

    /**
     * @param json          JSON output, or null
     * @param html          HTML datasheet output, or null
     * @param datasheetYaml answers only people can give, or null
     * @param reviewDb      review verdicts (SQLite from {@code veil review import}), or null
     */
    public record Request(ManifestLoader.Request input, QaOptions options, Path json, Path html, Path datasheetYaml, Path reviewDb,
                          ImageInputs images) {
        public Request(ManifestLoader.Request input, QaOptions options, Path json, Path html, Path datasheetYaml, Path reviewDb) {
            this(input, options, json, html, datasheetYaml, reviewDb, null);
        }
    }

    /**
     * Inputs about the images themselves, each optional.
     *
     * @param exportStats  per-image grey-level statistics from {@code veil export jpeg}; for a JPEG folder OUT,
     *                     {@code OUT.export-stats.csv} beside it is used when this is null
     * @param embeddings   TFRecord folder or file, .npy or CSV matrix keyed by image id
     * @param suspects     where to write the ranked label suspects as a review sheet, or null
     * @param suspectsTop  how many to write (0: the top 5% of images judged)
     * @param ticker       called as the neighbour search progresses (block pairs), or null
     */
    public record ImageInputs(Path exportStats, Path embeddings, EmbeddingQa.Options embeddingOptions, Path suspects,
                              int suspectsTop, Runnable ticker) {}

    /** What was done, with the milliseconds each step took. */
    public record Result(Dataset dataset, Figures figures, Map<String, Long> millis) {}

    public static Result run(Request r) throws IOException {
        Map<String, Long> ms = new LinkedHashMap<>();
        long t = System.nanoTime();
        // font and chart set-up takes about a second the first time: do it while the manifest is read
        Thread warm = null;
        if (r.html() != null) {
            warm = new Thread(DatasheetRenderer::warmUp, "veil-qa-chart-warm-up");
            warm.setDaemon(true);
            warm.start();
        }
        Dataset ds = ManifestLoader.load(r.input());
        t = lap(ms, "load", t);
        ReviewSummary review = r.reviewDb() == null ? null : reviewFrom(r.reviewDb(), ds);
        Figures f = FiguresCalculator.compute(ds, r.options(), review);
        t = lap(ms, "figures", t);
        if (r.images() != null || ManifestFormat.JPEG.id().equals(ds.format())) {
            f = imageFigures(f, ds, r.input().input(), r.images());
            t = lap(ms, "image_figures", t);
        }
        if (r.json() != null) {
            FiguresJson.write(f, r.json());
            t = lap(ms, "json", t);
        }
        if (r.html() != null) {
            try {
                warm.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            DatasheetRenderer.write(f, DatasheetAnswers.load(r.datasheetYaml()), r.html());
            lap(ms, "html", t);
        }
        return new Result(ds, f, ms);
    }

    static Figures imageFigures(Figures f, Dataset ds, Path input, ImageInputs in) throws IOException {
        Path stats = in == null ? null : in.exportStats();
        if (stats == null && ManifestFormat.JPEG.id().equals(ds.format())) {
            Path beside = ExportStatsCsv.besideFolder(input);
            if (java.nio.file.Files.isRegularFile(beside)) stats = beside;
        }
        GreyLevelFigures grey = stats == null ? null : GreyLevelFigures.of(ExportStatsCsv.read(stats), stats.getFileName().toString(), 20);
        EmbeddingFigures emb = null;
        if (in != null && in.embeddings() != null) {
            Embeddings e = EmbeddingsLoader.load(in.embeddings());
            EmbeddingQa.Options o = in.embeddingOptions() == null ? EmbeddingQa.Options.defaults() : in.embeddingOptions();
            EmbeddingQa.Result res = EmbeddingQa.compute(ds, e, o, in.ticker());
            emb = res.figures();
            if (in.suspects() != null && emb.labelSuspects() != null) {
                int top = in.suspectsTop() > 0 ? in.suspectsTop() : (int) Math.max(1, Math.ceil(0.05 * emb.labelSuspects().imagesJudged()));
                SuspectsCsv.write(res.ranking(), emb.labelSuspects().labeller(), top, in.suspects());
            }
        }
        return grey == null && emb == null ? f : ImageWarnings.add(f, grey, emb);
    }

    /** Error rates from a review database; stratum sizes fall back to counts in the dataset. */
    public static ReviewSummary reviewFrom(Path db, Dataset ds) throws IOException {
        if (!java.nio.file.Files.isRegularFile(db)) throw new veil.qa.manifest.ManifestException("review database not found: " + db);
        try (ReviewStore store = ReviewStore.open(db)) {
            List<VerdictRow> rows = store.all();
            return ErrorRates.compute(rows, db.getFileName().toString(), ds);
        } catch (SQLException e) {
            throw new IOException("cannot read review database " + db + ": " + e.getMessage(), e);
        }
    }

    static long lap(Map<String, Long> ms, String step, long since) {
        long now = System.nanoTime();
        ms.put(step, (now - since) / 1_000_000);
        return now;
    }
}
