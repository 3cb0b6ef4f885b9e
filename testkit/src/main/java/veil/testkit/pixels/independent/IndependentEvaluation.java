package veil.testkit.pixels.independent;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import veil.deid.pixels.PixelCleaner;
import veil.deid.pixels.PixelOutcome;
import veil.rules.PixelPolicy;
import veil.testkit.pixels.score.BoxTruth;
import veil.testkit.pixels.score.ImageResult;
import veil.testkit.pixels.score.Judge;

/** Runs a pixel cleaner over the independent set through its public API and scores every image. */
public final class IndependentEvaluation {

    private IndependentEvaluation() { }

    public static List<ImageResult> run(List<SceneSpec> specs, PixelPolicy.Mode mode, PixelCleaner cleaner,
                                        IndependentGenerator gen, Consumer<String> progress) throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        PixelPolicy policy = new PixelPolicy(mode, PixelPolicy.DEFAULT_ALLOW_LIST, List.of());
        List<ImageResult> out = new ArrayList<>();
        for (SceneSpec spec : specs) {
            IndependentImage img = gen.generate(spec);
            long t0 = mx.getCurrentThreadCpuTime();
            PixelOutcome o = cleaner.clean(img.dicom(), policy);
            long cpu = mx.getCurrentThreadCpuTime() - t0;
            Format f = spec.format();
            int black = f.monochrome1() ? f.maxStored() : 0;
            out.add(Judge.score(facets(spec), spec.textFree(), img.stored(), f.width(), f.height(), f.samples(), black,
                    truth(img), o, cpu));
            progress.accept(spec.id() + " " + o.getClass().getSimpleName());
        }
        return out;
    }

    static List<BoxTruth> truth(IndependentImage img) {
        return img.truth().stream().map(t -> new BoxTruth(t.box(), t.phi(), t.kind() == Kind.MARKER, t.textPx(),
                t.firstFrame(), t.lastFrame(), t.line())).toList();
    }

    /** Table groupings; the same keys the tuning set's adapter fills. */
    public static Map<String, String> facets(SceneSpec s) {
        Format f = s.format();
        Map<String, String> m = new LinkedHashMap<>();
        m.put("image", s.id());
        if (!s.textFree()) {
            m.put("style", s.style().name().toLowerCase().replace('_', ' '));
            m.put("text size", SceneSpec.sizeBand(s.textPx()));
        }
        m.put("bit depth", f.bitsStored() + "-bit " + f.photometric());
        m.put("modality", f.modality() + (f.rgb() ? " RGB" : ""));
        m.put("frames", f.frames() == 1 ? "1 frame" : f.frames() + " frames, " + s.banner().name().toLowerCase() + " banner");
        m.put("pixels", f.width() == f.height() ? f.width() + "²" : f.width() + "x" + f.height());
        m.put("burned-in flag", s.burnedInYes() ? "YES" : "absent");
        return m;
    }
}
