package veil.bench.ocr;

import java.util.List;
import veil.deid.pixels.PixelOutcome;
import veil.ocr.OcrPixelCleaner;
import veil.rules.PixelPolicy;
import veil.testkit.pixels.independent.DemoInstances;
import veil.testkit.pixels.independent.IndependentGenerator;
import veil.testkit.pixels.independent.IndependentImage;
import veil.testkit.pixels.independent.Truth;

/** Picks the demo's faint ultrasound image: per seed, whether the cleaner hides every PHI box (geometry only). */
public final class DemoUsProbe {
    public static void main(String[] a) throws Exception {
        IndependentGenerator g = new IndependentGenerator();
        PixelPolicy policy = new PixelPolicy(PixelPolicy.Mode.ALL, PixelPolicy.DEFAULT_ALLOW_LIST, List.of());
        try (OcrPixelCleaner c = new OcrPixelCleaner()) {
            for (long seed = Long.parseLong(a[0]); seed < Long.parseLong(a[0]) + Integer.parseInt(a[1]); seed++) {
                IndependentImage img = DemoInstances.faintUltrasound(g, seed);
                PixelOutcome o = c.clean(img.dicom(), policy);
                String hidden = "";
                if (!(o instanceof PixelOutcome.Failed)) {
                    var res = veil.testkit.pixels.score.Judge.score(java.util.Map.of(), false, img.stored(), 640, 480, 1, 0,
                            img.truth().stream().map(t -> new veil.testkit.pixels.score.BoxTruth(t.box(), t.phi(),
                                    t.kind() == veil.testkit.pixels.independent.Kind.MARKER, t.textPx(), t.firstFrame(),
                                    t.lastFrame())).toList(), o, 0);
                    long phi = res.boxes().stream().filter(b -> b.truth().phi()).count();
                    long hid = res.boxes().stream().filter(b -> b.truth().phi() && b.hidden()).count();
                    hidden = hid + "/" + phi + " PHI boxes hidden, " + String.format(java.util.Locale.ROOT, "%.2f%% outside text",
                            100.0 * res.outsideChanged() / res.samples());
                }
                String notes = o instanceof PixelOutcome.Redacted r ? String.join(" | ", r.notes()).replaceAll("[^ -~]", "") : "";
                System.out.println(seed + " " + o.getClass().getSimpleName() + " " + hidden + (notes.contains("constant-ink") ? " [ink passes used]" : ""));
            }
        }
    }
}
