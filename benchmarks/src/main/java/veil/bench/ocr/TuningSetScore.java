package veil.bench.ocr;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import veil.deid.pixels.PixelCleaner;
import veil.deid.pixels.PixelOutcome;
import veil.testkit.pixels.AccuracyHarness;
import veil.testkit.pixels.ChestSynth;
import veil.testkit.pixels.SynthDicom;
import veil.testkit.pixels.SynthImage;
import veil.testkit.pixels.SynthSpec;
import veil.rules.PixelPolicy;
import veil.testkit.pixels.score.BoxTruth;
import veil.testkit.pixels.score.ImageResult;
import veil.testkit.pixels.score.Judge;

/**
 * The tuning set (the generator the cleaner was tuned on) scored with the independent set's rule and columns, so its
 * figures can be printed beside the independent set's as an upper bound.
 */
final class TuningSetScore {

    private TuningSetScore() { }

    /** The same grid OcrAccuracy runs: every size x shade x background at 1024², and three sizes at 2048². */
    static List<SynthSpec> specs(int repeats) {
        List<SynthSpec> specs = new ArrayList<>();
        for (int r = 0; r < repeats; r++) specs.addAll(AccuracyHarness.grid(1024, new int[]{10, 12, 16, 20, 24, 32, 48}, 1000L * (r + 1)));
        specs.addAll(AccuracyHarness.grid(2048, new int[]{16, 32, 48}, 9000));
        return specs;
    }

    static List<ImageResult> run(List<SynthSpec> specs, PixelPolicy.Mode mode, PixelCleaner cleaner) throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        PixelPolicy policy = new PixelPolicy(mode, PixelPolicy.DEFAULT_ALLOW_LIST, List.of());
        List<ImageResult> out = new ArrayList<>();
        for (SynthSpec spec : specs) {
            SynthImage img = ChestSynth.generate(spec);
            var list = SynthDicom.grey(img, "CR");
            long t0 = mx.getCurrentThreadCpuTime();
            PixelOutcome o = cleaner.clean(list, policy);
            long cpu = mx.getCurrentThreadCpuTime() - t0;
            List<BoxTruth> truth = img.truth().stream()
                    .map(t -> new BoxTruth(t.box(), t.phi(), t.allowMarker(), spec.textPx(), 0, 0)).toList();
            out.add(Judge.score(facets(spec), false, new int[][]{img.stored()}, img.width(), img.height(), 1,
                    spec.monochrome1() ? img.maxStored() : 0, truth, o, cpu));
        }
        return out;
    }

    private static Map<String, String> facets(SynthSpec s) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("style", (s.shade() + " on " + s.background()).toLowerCase().replace('_', ' '));
        m.put("text size", veil.testkit.pixels.independent.SceneSpec.sizeBand(s.textPx()));
        m.put("bit depth", s.bitsStored() + "-bit " + (s.monochrome1() ? "MONOCHROME1" : "MONOCHROME2"));
        m.put("modality", "CR");
        m.put("frames", "1 frame");
        m.put("pixels", s.size() + "²");
        m.put("burned-in flag", "YES");
        return m;
    }
}
