package veil.testkit.pixels;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import veil.deid.pixels.PixelOutcome;
import veil.ocr.OcrPixelCleaner;
import veil.rules.PixelPolicy;

/**
 * Runs the cleaner over generated images and tallies, per condition, how many burned-in tokens were
 * redacted (PHI tokens; in {@code ALL} mode also every other non-allow-listed token) and how much
 * was blacked out outside the tokens' boxes. A quarantined image counts as not redacted: it is not
 * released, but it is not cleaned either.
 */
public final class AccuracyHarness {

    public record Run(SynthSpec spec, RedactionScore.ImageScore score, String outcome, long cpuNanos) { }

    private AccuracyHarness() { }

    /** A deterministic spread of conditions: every text size with every shade and background, rotating the rest. */
    public static List<SynthSpec> grid(int size, int[] textSizes, long seed) {
        List<SynthSpec> out = new ArrayList<>();
        int[] bits = {8, 12, 16};
        int i = 0;
        for (int px : textSizes) {
            for (TextShade shade : TextShade.values()) {
                for (Background bg : Background.values()) {
                    // Bit depth rotates with shade and background together, so it is not confounded with either.
                    out.add(new SynthSpec(size, bits[(i + i / 3) % 3], i % 2 == 1, px, ChestSynth.FONTS.get(i % ChestSynth.FONTS.size()),
                            shade, bg, seed + i));
                    i++;
                }
            }
        }
        return out;
    }

    public static List<Run> run(List<SynthSpec> specs, PixelPolicy.Mode mode, OcrPixelCleaner cleaner) throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        PixelPolicy policy = new PixelPolicy(mode, PixelPolicy.DEFAULT_ALLOW_LIST, List.of());
        List<Run> runs = new ArrayList<>();
        for (SynthSpec spec : specs) {
            SynthImage img = ChestSynth.generate(spec);
            var list = SynthDicom.grey(img, "CR");
            long t0 = mx.getCurrentThreadCpuTime();
            PixelOutcome out = cleaner.clean(list, policy);
            long cpu = mx.getCurrentThreadCpuTime() - t0;
            int[] after = out instanceof PixelOutcome.Redacted r ? StoredPixels.of(r.pixelData(), img.stored().length) : img.stored();
            RedactionScore.ImageScore score = RedactionScore.score(img, after, spec.monochrome1() ? img.maxStored() : 0);
            if (out instanceof PixelOutcome.Failed) score = unredacted(score);
            runs.add(new Run(spec, score, out.getClass().getSimpleName(), cpu));
        }
        return runs;
    }

    private static RedactionScore.ImageScore unredacted(RedactionScore.ImageScore s) {
        return new RedactionScore.ImageScore(s.tokens().stream().map(t -> new RedactionScore.TokenResult(t.truth(), 0)).toList(),
                0, s.pixels());
    }

    /** Tokens that must go under the mode: identifiers in PHI mode, every non-allow-listed token in ALL mode. */
    public static boolean counts(TruthBox t, PixelPolicy.Mode mode) {
        return mode == PixelPolicy.Mode.PHI ? t.phi() : !t.allowMarker();
    }

    /** Recall over all runs, counting only tokens from images with text at least {@code minPx}. */
    public static double recall(List<Run> runs, PixelPolicy.Mode mode, int minPx) {
        long n = 0, hit = 0;
        for (Run r : runs) {
            if (r.spec().textPx() < minPx) continue;
            for (var t : r.score().tokens()) {
                if (!counts(t.truth(), mode)) continue;
                n++;
                if (t.redacted()) hit++;
            }
        }
        return n == 0 ? 1 : (double) hit / n;
    }

    /** A Markdown table of recall, outside area and cost, one row per value of {@code by}. */
    public static String table(String title, List<Run> runs, PixelPolicy.Mode mode, Function<SynthSpec, String> by) {
        Map<String, List<Run>> groups = new LinkedHashMap<>();
        for (Run r : runs) groups.computeIfAbsent(by.apply(r.spec()), k -> new ArrayList<>()).add(r);
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "| %s | images | tokens | recall | outside mean | outside max | quarantined | CPU ms/image |%n", title));
        b.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (var e : groups.entrySet()) b.append(row(e.getKey(), e.getValue(), mode));
        b.append(row("**all**", runs, mode));
        return b.toString();
    }

    private static String row(String label, List<Run> runs, PixelPolicy.Mode mode) {
        long n = 0, hit = 0, quarantined = 0, cpu = 0;
        double outside = 0, outsideMax = 0;
        for (Run r : runs) {
            for (var t : r.score().tokens()) {
                if (!counts(t.truth(), mode)) continue;
                n++;
                if (t.redacted()) hit++;
            }
            outside += r.score().outsideShare();
            outsideMax = Math.max(outsideMax, r.score().outsideShare());
            if (r.outcome().equals("Failed")) quarantined++;
            cpu += r.cpuNanos();
        }
        return String.format(Locale.ROOT, "| %s | %d | %d | %.1f%% | %.2f%% | %.2f%% | %d | %.0f |%n", label, runs.size(), n,
                n == 0 ? 100.0 : 100.0 * hit / n, 100 * outside / runs.size(), 100 * outsideMax, quarantined,
                cpu / 1e6 / runs.size());
    }
}
