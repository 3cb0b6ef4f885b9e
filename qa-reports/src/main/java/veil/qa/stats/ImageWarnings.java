package veil.qa.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import veil.qa.embeddings.EmbeddingFigures;
import veil.qa.export.GreyLevelFigures;
import veil.qa.stats.Figures.Warning;

/** Plain-words warnings from the grey-level and embedding figures, merged into a report's warnings by severity. */
public final class ImageWarnings {
    /** Share of an image's pixels outside the window above which it counts as clipped (see GreyLevelFigures). */
    static final double CLIPPED_IMAGES_WARN = 0.05;

    private ImageWarnings() {}

    /** The figures with {@code g} and {@code e} added (either may be null) and their warnings merged in. */
    public static Figures add(Figures f, GreyLevelFigures g, EmbeddingFigures e) {
        List<Warning> add = new ArrayList<>();
        if (g != null && g.images() > 0) grey(g, add);
        if (e != null) embeddings(e, add);
        List<Warning> out = new ArrayList<>();
        for (String sev : List.of("high", "medium", "info")) {
            for (Warning w : f.warnings()) if (w.severity().equals(sev)) out.add(w);
            for (Warning w : add) if (w.severity().equals(sev)) out.add(w);
        }
        return f.withImageFigures(g, e, out);
    }

    static void grey(GreyLevelFigures g, List<Warning> out) {
        double medianBefore = g.levelsBefore().median();
        if (medianBefore > 256) {
            out.add(new Warning("grey_levels_lost", "medium", String.format(Locale.ROOT,
                    "8-bit images keep 256 of ~%,.0f grey levels (the median original uses %,.0f distinct values; the median JPEG %,.0f). "
                            + "Subtle pneumothorax and small nodules may become invisible; keep the DICOM release for work that needs them.",
                    roundLevels(medianBefore), medianBefore, g.levelsAfter().median())));
        }
        if (g.imagesClippedOver5Percent() > 0 && (double) g.imagesClippedOver5Percent() / g.images() >= CLIPPED_IMAGES_WARN) {
            out.add(new Warning("window_clipping", "medium", String.format(Locale.ROOT,
                    "In %,d of %,d images (%s) the window from the header turns more than 5%% of the pixels pure black or white; "
                            + "detail there is gone from the JPEG. The worst are listed under Preprocessing.",
                    g.imagesClippedOver5Percent(), g.images(), pct((double) g.imagesClippedOver5Percent() / g.images()))));
        }
    }

    static double roundLevels(double v) {
        if (v < 1000) return v;
        return Math.round(v / 100) * 100.0;
    }

    static void embeddings(EmbeddingFigures e, List<Warning> out) {
        EmbeddingFigures.CrossSplit cs = e.crossSplit();
        if (cs.pairsDifferentPatients() > 0)
            out.add(new Warning("embedding_leakage", "high", String.format(Locale.ROOT,
                    "%,d pairs of near-identical images (cosine similarity at least %.2f) sit in different splits under different patient IDs. "
                            + "Patient IDs cannot reveal this leakage: the same person or image may have been registered twice. Check the pairs listed and move or drop one of each.",
                    cs.pairsDifferentPatients(), e.duplicateThreshold())));
        EmbeddingFigures.Duplicates d = e.nearDuplicates();
        if (d.pairs() > 0)
            out.add(new Warning("near_duplicates", "medium", String.format(Locale.ROOT,
                    "%,d pairs of images are near-duplicates (cosine similarity at least %.2f), involving %,d images in %,d groups. "
                            + "Duplicates count twice in training and testing; keep one of each unless they are distinct acquisitions.",
                    d.pairs(), e.duplicateThreshold(), d.imagesInvolved(), d.groups())));
        EmbeddingFigures.LabelSuspects s = e.labelSuspects();
        if (s != null && s.imagesJudged() > 0 && s.disagreeing() > 0)
            out.add(new Warning("label_suspects", "medium", String.format(Locale.ROOT,
                    "For %,d of %,d images (%s), most of the %d most similar images carry a different %s label. "
                            + "Some are label errors: review the top of the ranked list (write it with --suspects FILE) before trusting those labels.",
                    s.disagreeing(), s.imagesJudged(), pct((double) s.disagreeing() / s.imagesJudged()), e.k(), s.labeller())));
        if (e.imagesWithoutEmbedding() > 0)
            out.add(new Warning("embeddings_missing", "info", String.format(Locale.ROOT,
                    "%,d images have no embedding and %,d embeddings match no image; embedding figures are over the %,d that match.",
                    e.imagesWithoutEmbedding(), e.embeddingsWithoutImage(), e.matched())));
    }

    static String pct(double f) { return String.format(Locale.ROOT, "%.1f%%", 100 * f); }
}
