package veil.bench.ocr;

import java.util.ArrayList;
import java.util.List;
import veil.ocr.OcrPixelCleaner;
import veil.testkit.pixels.AccuracyHarness;
import veil.testkit.pixels.SynthSpec;
import veil.rules.PixelPolicy;

/**
 * Accuracy harness for burned-in text removal: prints Markdown tables of token recall (a token
 * counts when >= 95% of its glyph pixels changed) and area blacked out outside token boxes, by text
 * size, contrast, bit depth and background, in {@code all} and {@code phi} mode.
 *
 * <p>Run: {@code OMP_THREAD_LIMIT=1 java -cp ... veil.bench.ocr.OcrAccuracy [images-per-mode-scale]}
 */
public final class OcrAccuracy {

    private OcrAccuracy() { }

    /** Synthetic identifiers only: safe to print, and what one needs to see when tuning. */
    private static void printMisses(List<AccuracyHarness.Run> runs, PixelPolicy.Mode mode) {
        for (AccuracyHarness.Run r : runs) {
            if (r.outcome().equals("Failed")) System.out.println("quarantined: " + r.spec().label() + " seed " + r.spec().seed());
            for (var t : r.score().tokens()) {
                if (AccuracyHarness.counts(t.truth(), mode) && !t.redacted() && !r.outcome().equals("Failed")) {
                    System.out.printf("missed: %s seed %d '%s' %.2f%n", r.spec().label(), r.spec().seed(), t.truth().text(), t.changedShare());
                }
            }
        }
    }

    public static void main(String[] args) throws Exception {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int[] sizes = {10, 12, 16, 20, 24, 32, 48};
        List<SynthSpec> specs = new ArrayList<>();
        for (int r = 0; r < repeats; r++) specs.addAll(AccuracyHarness.grid(1024, sizes, 1000L * (r + 1)));
        specs.addAll(AccuracyHarness.grid(2048, new int[]{16, 32, 48}, 9000));
        try (OcrPixelCleaner cleaner = new OcrPixelCleaner()) {
            for (PixelPolicy.Mode mode : PixelPolicy.Mode.values()) {
                String only = System.getProperty("veil.bench.mode");   // -Dveil.bench.mode=PHI runs one mode
                if (only != null && !only.equalsIgnoreCase(mode.name())) continue;
                long t0 = System.nanoTime();
                List<AccuracyHarness.Run> runs = AccuracyHarness.run(specs, mode, cleaner);
                System.out.printf("%n## Mode %s (%d images, %.0f s)%n%n", mode, runs.size(), (System.nanoTime() - t0) / 1e9);
                System.out.printf("Recall for text >= 12 px: %.2f%% (goal %s)%n%n",
                        100 * AccuracyHarness.recall(runs, mode, 12), mode == PixelPolicy.Mode.ALL ? ">= 99%" : ">= 98%");
                System.out.println(AccuracyHarness.table("text px", runs, mode, s -> String.valueOf(s.textPx())));
                System.out.println(AccuracyHarness.table("contrast", runs, mode, s -> s.shade().toString()));
                System.out.println(AccuracyHarness.table("bits", runs, mode, s -> s.bitsStored() + (s.monochrome1() ? " MONO1" : " MONO2")));
                System.out.println(AccuracyHarness.table("background", runs, mode, s -> s.background().toString()));
                System.out.println(AccuracyHarness.table("size", runs, mode, s -> s.size() + "²"));
                if (Boolean.getBoolean("veil.bench.misses")) printMisses(runs, mode);
            }
        }
    }
}
