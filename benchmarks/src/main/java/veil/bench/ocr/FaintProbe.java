package veil.bench.ocr;

import java.awt.Rectangle;
import java.util.List;
import java.util.Locale;
import veil.ocr.detect.DecodedFrames;
import veil.ocr.detect.Gray8;
import veil.ocr.faint.ConstantInkLines;
import veil.testkit.pixels.independent.FontShelf;
import veil.testkit.pixels.independent.IndependentGenerator;
import veil.testkit.pixels.independent.IndependentImage;
import veil.testkit.pixels.independent.IndependentSet;
import veil.testkit.pixels.independent.SceneSpec;
import veil.testkit.pixels.independent.Truth;

/**
 * For tuning the constant-ink line finder: per image of the independent set, which truth boxes its lines touch and
 * which lines lie on no truth box (geometry only). {@code veil.bench.ocr.FaintProbe SEED [id-regex] [v]}
 */
public final class FaintProbe {

    private FaintProbe() { }

    public static void main(String[] a) throws Exception {
        IndependentGenerator gen = new IndependentGenerator(FontShelf.system());
        boolean verbose = a.length > 2;
        int truthN = 0, truthHit = 0, falseLines = 0, freeFalse = 0, images = 0;
        long nanos = 0;
        for (SceneSpec spec : IndependentSet.specs(1, Long.parseLong(a[0]))) {
            if (a.length > 1 && !spec.id().matches(a[1])) continue;
            images++;
            IndependentImage img = gen.generate(spec);
            Gray8 f = DecodedFrames.of(img.dicom()).render(0);
            long t0 = System.nanoTime();
            List<ConstantInkLines.Line> lines = ConstantInkLines.find(f);
            nanos += System.nanoTime() - t0;
            int hit = 0, n = 0, fl = 0;
            for (Truth t : img.truth()) {
                if (t.firstFrame() > 0) continue;
                n++;
                if (lines.stream().anyMatch(l -> l.box().intersects(t.box()))) hit++;
            }
            for (ConstantInkLines.Line l : lines) {
                boolean on = img.truth().stream().anyMatch(t -> t.box().intersects(l.box()));
                if (!on) fl++;
                if (verbose || !on) System.out.printf(Locale.ROOT, "%s %s line %d,%d %dx%d v%d g%d%n", spec.id(), on ? "on" : "OFF",
                        l.box().x, l.box().y, l.box().width, l.box().height, l.value(), l.glyphs());
            }
            truthN += n;
            truthHit += hit;
            falseLines += fl;
            if (spec.textFree()) freeFalse += lines.size();
            System.out.printf(Locale.ROOT, "%-8s %-36s truth %d/%d, off-text lines %d%n", spec.id(),
                    spec.format().modality() + " " + spec.format().width() + " " + (spec.textFree() ? "text-free" : spec.style() + " " + spec.textPx()),
                    hit, n, fl);
        }
        System.out.printf(Locale.ROOT, "%d images: truth boxes touched %d/%d, off-text lines %d (on text-free images %d), %.0f ms/image%n",
                images, truthHit, truthN, falseLines, freeFalse, nanos / 1e6 / Math.max(1, images));
    }
}
