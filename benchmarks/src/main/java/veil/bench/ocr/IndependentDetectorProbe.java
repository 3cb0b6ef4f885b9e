package veil.bench.ocr;

import java.awt.Rectangle;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import veil.ocr.detect.DecodedFrames;
import veil.ocr.detect.Gray8;
import veil.ocr.learned.LineFinder;
import veil.ocr.learned.PpOcrDetector;
import veil.ocr.learned.TextBox;
import veil.testkit.pixels.independent.IndependentGenerator;
import veil.testkit.pixels.independent.IndependentImage;
import veil.testkit.pixels.independent.IndependentSet;
import veil.testkit.pixels.independent.SceneSpec;
import veil.testkit.pixels.independent.Truth;

/**
 * The learned detector alone on the independent set (single-frame images; clips are read on their median by the
 * cleaner and left out here): share of PHI boxes >= 12 px whose area is >= 80% covered by the detected lines (after
 * joining and tightening, i.e. what would be blacked out), by style, size and format; detected area outside every
 * truth box; lines found on text-free images; detector CPU per image. Variants are {@code PASS@scale}, e.g.
 * {@code plain, low_contrast, both, mixed, low_contrast@0.75}.
 *
 * <p>Run: {@code ./veil bench ocr-probe IndependentDetectorProbe [variants=plain,low_contrast,both,mixed] [pixels=all|2048|...] [style=all|low_contrast|...]}
 */
public final class IndependentDetectorProbe {

    static final double COVERED = 0.80;
    static final int MIN_PX = 12;

    private IndependentDetectorProbe() { }

    record Variant(String name, LineFinder.Passes passes, double scale) {
        static Variant parse(String s) {
            String[] p = s.trim().split("@");
            return new Variant(s.trim(), LineFinder.Passes.valueOf(p[0].toUpperCase(Locale.ROOT)),
                    p.length > 1 ? Double.parseDouble(p[1]) : 1.0);
        }
    }

    /** Counts per table row. */
    static final class Tally {
        long boxes, hit, rawHit, images, cpuNs;
        double outside;
    }

    public static void main(String[] args) throws Exception {
        List<Variant> variants = new ArrayList<>();
        for (String s : (args.length > 0 ? args[0] : "plain,low_contrast,both,mixed").split(",")) variants.add(Variant.parse(s));
        String pixels = args.length > 1 ? args[1] : "all";
        String style = args.length > 2 ? args[2] : "all";
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        IndependentGenerator gen = new IndependentGenerator();
        List<Map<String, Map<String, Tally>>> tables = new ArrayList<>();
        for (int v = 0; v < variants.size(); v++) tables.add(new LinkedHashMap<>());
        int[] freeWithLines = new int[variants.size()];
        int free = 0;
        List<String> misses = new ArrayList<>();
        try (PpOcrDetector det = new PpOcrDetector()) {
            det.detect(new Gray8(64, 64, new byte[64 * 64]));
            for (SceneSpec spec : IndependentSet.specs(1, Long.getLong("veil.bench.seed", 20261202L))) {
                if (spec.format().frames() > 1) continue;
                String px = spec.format().width() == spec.format().height() ? spec.format().width() + "²"
                        : spec.format().width() + "x" + spec.format().height();
                if (!pixels.equals("all") && !px.startsWith(pixels)) continue;
                if (!style.equals("all") && (spec.textFree() || !spec.style().name().equalsIgnoreCase(style))) continue;
                IndependentImage img = gen.generate(spec);
                Gray8 frame = DecodedFrames.of(img.dicom()).render(0);
                Map<String, List<TextBox>> rawCache = new TreeMap<>();
                Map<String, Long> cpuCache = new TreeMap<>();
                if (spec.textFree()) free++;
                for (int v = 0; v < variants.size(); v++) {
                    Variant var = variants.get(v);
                    long t0 = mx.getCurrentThreadCpuTime();
                    List<TextBox> raw = new ArrayList<>();
                    long cpu = 0;
                    List<LineFinder.Passes> parts = var.passes() == LineFinder.Passes.BOTH
                            ? List.of(LineFinder.Passes.PLAIN, LineFinder.Passes.LOW_CONTRAST) : List.of(var.passes());
                    for (LineFinder.Passes p : parts) {
                        String key = p + "@" + var.scale();
                        if (!rawCache.containsKey(key)) {
                            long a = mx.getCurrentThreadCpuTime();
                            rawCache.put(key, LineFinder.raw(det, frame, p, var.scale()));
                            cpuCache.put(key, mx.getCurrentThreadCpuTime() - a);
                        }
                        raw.addAll(rawCache.get(key));
                        cpu += cpuCache.get(key);
                    }
                    long t1 = mx.getCurrentThreadCpuTime();
                    List<Rectangle> lines = LineFinder.finished(frame, raw);
                    cpu += mx.getCurrentThreadCpuTime() - t1;
                    if (spec.textFree()) {
                        if (!lines.isEmpty()) freeWithLines[v]++;
                        continue;
                    }
                    boolean[] cov = DetectorProbe.coverage(lines, frame.width(), frame.height());
                    boolean[] rawCov = DetectorProbe.coverage(raw, frame.width(), frame.height());
                    double outside = outsideShare(cov, frame.width(), frame.height(), img.truth());
                    for (String facet : List.of("style", "text size", "pixels")) {
                        String key = switch (facet) {
                            case "style" -> spec.style().name().toLowerCase(Locale.ROOT).replace('_', ' ');
                            case "text size" -> SceneSpec.sizeBand(spec.textPx());
                            default -> px + " " + spec.format().modality();
                        };
                        for (String k : List.of(key, "all")) {
                            if (k.equals("all") && !facet.equals("style")) continue;
                            Tally t = tables.get(v).computeIfAbsent(facet, f -> new TreeMap<>()).computeIfAbsent(k, x -> new Tally());
                            t.images++;
                            t.cpuNs += cpu;
                            t.outside += outside;
                            for (Truth tr : img.truth()) {
                                if (!tr.phi() || tr.textPx() < MIN_PX) continue;
                                t.boxes++;
                                double c = DetectorProbe.covered(cov, frame.width(), tr.box());
                                if (c >= COVERED) t.hit++;
                                if (DetectorProbe.covered(rawCov, frame.width(), tr.box()) >= COVERED) t.rawHit++;
                                else if (facet.equals("style") && !k.equals("all")) {
                                    misses.add(String.format(Locale.ROOT, "%s missed %s %s %dpx %s %.2f", var.name(),
                                            spec.id(), key, tr.textPx(), px, c));
                                }
                            }
                        }
                    }
                }
                System.err.println("  " + spec.id());
            }
        }
        for (String facet : List.of("style", "text size", "pixels")) {
            System.out.printf(Locale.ROOT, "%n| %s | %s |%n", facet, String.join(" | ", variants.stream().map(Variant::name).toList()));
            System.out.println("|---|" + "---:|".repeat(variants.size()));
            for (String k : tables.get(0).getOrDefault(facet, Map.of()).keySet()) {
                StringBuilder row = new StringBuilder("| " + k + " (" + tables.get(0).get(facet).get(k).boxes + " boxes)");
                for (int v = 0; v < variants.size(); v++) {
                    Tally t = tables.get(v).get(facet).get(k);
                    row.append(String.format(Locale.ROOT, " | %.1f%%", t.boxes == 0 ? 100.0 : 100.0 * t.hit / t.boxes));
                }
                System.out.println(row + " |");
            }
        }
        System.out.printf(Locale.ROOT, "%n| variant | PHI >= 12 px covered | before tightening | outside truth (mean) | text-free images with lines (of %d) | detector CPU ms/image |%n", free);
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (int v = 0; v < variants.size(); v++) {
            Tally t = tables.get(v).get("style").get("all");
            System.out.printf(Locale.ROOT, "| %s | %.1f%% (%d/%d) | %.1f%% | %.2f%% | %d | %.0f |%n", variants.get(v).name(),
                    100.0 * t.hit / t.boxes, t.hit, t.boxes, 100.0 * t.rawHit / t.boxes, 100 * t.outside / t.images, freeWithLines[v], t.cpuNs / 1e6 / t.images);
        }
        if (Boolean.getBoolean("veil.bench.misses")) misses.forEach(System.out::println);
    }

    static double outsideShare(boolean[] c, int w, int h, List<Truth> truth) {
        boolean[] t = new boolean[w * h];
        for (Truth b : truth) {
            Rectangle r = b.box().intersection(new Rectangle(0, 0, w, h));
            for (int y = r.y; y < r.y + r.height; y++) for (int x = r.x; x < r.x + r.width; x++) t[y * w + x] = true;
        }
        long out = 0;
        for (int i = 0; i < c.length; i++) if (c[i] && !t[i]) out++;
        return (double) out / c.length;
    }
}
