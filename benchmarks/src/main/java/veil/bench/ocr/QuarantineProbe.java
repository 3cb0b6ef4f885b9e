package veil.bench.ocr;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import veil.deid.pixels.PixelOutcome;
import veil.ocr.OcrPixelCleaner;
import veil.rules.PixelPolicy;
import veil.testkit.pixels.independent.FontShelf;
import veil.testkit.pixels.independent.IndependentGenerator;
import veil.testkit.pixels.independent.IndependentImage;
import veil.testkit.pixels.independent.IndependentSet;
import veil.testkit.pixels.independent.SceneSpec;
import veil.testkit.pixels.independent.Truth;

/**
 * Which rule quarantined each image of the independent set, and for the independent check whether its unexplained
 * regions lie on drawn text (re-found text the first read under-covered) or on none (a false alarm on image
 * content). Prints geometry and rule names only, never text values.
 *
 * <p>Run on the classpath of {@code benchmarks/run-ocr-indep-bench}:
 * {@code veil.bench.ocr.QuarantineProbe SEED [id-regex] [ALL|PHI]}
 */
public final class QuarantineProbe {

    private static final Pattern REGION = Pattern.compile("f(\\d+) (\\d+),(\\d+) (\\d+)x(\\d+)");

    private QuarantineProbe() { }

    public static void main(String[] a) throws Exception {
        long seed = a.length > 0 ? Long.parseLong(a[0]) : 20261202L;
        Pattern only = Pattern.compile(a.length > 1 ? a[1] : ".*");
        PixelPolicy.Mode mode = a.length > 2 ? PixelPolicy.Mode.valueOf(a[2]) : PixelPolicy.Mode.ALL;
        PixelPolicy policy = new PixelPolicy(mode, PixelPolicy.DEFAULT_ALLOW_LIST, List.of(),
                Double.parseDouble(System.getProperty("veil.bench.maxShare", "0.05")));
        IndependentGenerator gen = new IndependentGenerator(FontShelf.system());
        Map<String, Integer> classes = new TreeMap<>();
        int n = 0;
        try (OcrPixelCleaner cleaner = new OcrPixelCleaner()) {
            for (SceneSpec spec : IndependentSet.specs(1, seed)) {
                if (!only.matcher(spec.id()).find()) continue;
                n++;
                IndependentImage img = gen.generate(spec);
                long t0 = System.nanoTime();
                PixelOutcome o = cleaner.clean(img.dicom(), policy);
                String what = spec.format().modality() + " " + spec.format().width() + "x" + spec.format().height()
                        + " " + spec.format().photometric() + (spec.textFree() ? " text-free" : " "
                        + spec.style().name().toLowerCase(Locale.ROOT) + " " + spec.textPx() + "px");
                String cls;
                String detail = "";
                if (o instanceof PixelOutcome.Failed f) {
                    cls = classOf(f.reason());
                    if (cls.startsWith("independent")) {
                        List<String> parts = new ArrayList<>();
                        Matcher m = REGION.matcher(f.reason());
                        int onText = 0, off = 0;
                        while (m.find()) {
                            Rectangle r = new Rectangle(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
                            boolean text = img.truth().stream().map(Truth::box).anyMatch(t -> t.intersects(r));
                            if (text) onText++;
                            else off++;
                            parts.add(m.group(0) + (text ? " on-text" : " off-text"));
                        }
                        cls += onText > 0 && off == 0 ? " / on text" : off > 0 && onText == 0 ? " / off text" : " / both";
                        detail = String.join("; ", parts);
                    } else {
                        detail = f.reason();
                    }
                } else {
                    PixelOutcome.Screening s = o instanceof PixelOutcome.NoText t ? t.screening() : ((PixelOutcome.Redacted) o).screening();
                    cls = o.getClass().getSimpleName() + (spec.textFree() && s != null && !s.blackedOut().isEmpty() ? " (text-free, changed)" : "");
                    detail = s == null ? "" : String.format(Locale.ROOT, "%d boxes, %.2f%% changed, verifier found %d",
                            s.blackedOut().size(), 100 * s.frameShareChanged(), s.verifierFound())
                            + (Boolean.getBoolean("veil.bench.notes") && o instanceof PixelOutcome.Redacted rr ? " " + rr.notes() + " " + s.blackedOut() : "");
                }
                if (o instanceof PixelOutcome.Failed && System.getProperty("veil.bench.png") != null) {
                    var f = spec.format();   // a refused image: the image as generated, with its truth boxes
                    ProbePng.write(new java.io.File(System.getProperty("veil.bench.png"), spec.id() + ".png"), img.stored()[0],
                            img.stored()[0], f.width(), f.height(), f.samples(), f.monochrome1(), img.truth());
                }
                if (!(o instanceof PixelOutcome.Failed)) {
                    var f = spec.format();
                    var res = veil.testkit.pixels.score.Judge.score(java.util.Map.of(), spec.textFree(), img.stored(),
                            f.width(), f.height(), f.samples(), f.monochrome1() ? f.maxStored() : 0,
                            img.truth().stream().map(t -> new veil.testkit.pixels.score.BoxTruth(t.box(), t.phi(),
                                    t.kind() == veil.testkit.pixels.independent.Kind.MARKER, t.textPx(), t.firstFrame(),
                                    t.lastFrame())).toList(), o, 0);
                    detail += String.format(Locale.ROOT, ", %.2f%% outside text", 100.0 * res.outsideChanged() / Math.max(1, res.samples()));
                    if (System.getProperty("veil.bench.png") != null) {
                        int[] after = o instanceof PixelOutcome.Redacted r
                                ? veil.testkit.pixels.score.Judge.samples(r, img.stored().length, f.width() * f.height() * f.samples(), f.samples())[0]
                                : img.stored()[0];
                        ProbePng.write(new java.io.File(System.getProperty("veil.bench.png"), spec.id() + ".png"), img.stored()[0], after,
                                f.width(), f.height(), f.samples(), f.monochrome1(), img.truth());
                    }
                    for (var b : res.boxes()) {
                        if (b.truth().phi() && !b.hidden()) {
                            Rectangle t = b.truth().box();
                            detail += String.format(Locale.ROOT, " | PHI NOT HIDDEN f%d %d,%d %dx%d %.0f%% black", b.frame(),
                                    t.x, t.y, t.width, t.height, 100 * b.blackedShare());
                            if (!cls.endsWith("WITH PHI")) cls += " WITH PHI";
                        }
                    }
                }
                classes.merge((spec.textFree() ? "text-free: " : "with text: ") + cls, 1, Integer::sum);
                System.out.printf(Locale.ROOT, "%-22s %-48s %-40s %5.1fs  %s%n", spec.id(), what, cls,
                        (System.nanoTime() - t0) / 1e9, detail);
            }
        }
        System.out.printf(Locale.ROOT, "%n%d images (seed %d, mode %s)%n", n, seed, mode);
        classes.forEach((k, v) -> System.out.printf(Locale.ROOT, "%4d  %s%n", v, k));
    }

    static String classOf(String reason) {
        if (reason.contains("blackout would change")) return "anatomy guard";
        if (reason.contains("independent check still found")) return "independent check, 3 rounds";
        if (reason.contains("could not be read, so phi")) return "phi unreadable";
        if (reason.contains("decoded")) return "decode";
        if (reason.contains("runs into image texture")) return "faint line into texture";
        return "other";
    }
}
