package veil.bench.ocr;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import veil.ocr.detect.DecodedFrames;
import veil.ocr.detect.Gray8;
import veil.ocr.learned.LineFinder;
import veil.ocr.learned.PpOcrDetector;
import veil.testkit.pixels.independent.FontShelf;
import veil.testkit.pixels.independent.IndependentGenerator;
import veil.testkit.pixels.independent.IndependentImage;
import veil.testkit.pixels.independent.IndependentSet;
import veil.testkit.pixels.independent.SceneSpec;
import veil.testkit.pixels.independent.Truth;

/**
 * Tuning aid: re-reading the neighbourhood of each small first-read line at an upscale. Per image, the truth boxes
 * the first read misses and the re-read finds, and the re-read's boxes on no truth (geometry only).
 * {@code veil.bench.ocr.NeighbourProbe SEED [id-regex] [up=2] [maxHeight=24]}; a negative maxHeight -N re-reads whole
 * frames whose longer side is at most N instead.
 */
public final class NeighbourProbe {

    private NeighbourProbe() { }

    public static void main(String[] a) throws Exception {
        IndependentGenerator gen = new IndependentGenerator(FontShelf.system());
        int up = a.length > 2 ? Integer.parseInt(a[2]) : 2;
        int maxH = a.length > 3 ? Integer.parseInt(a[3]) : 24;
        int missed = 0, regained = 0, falseBoxes = 0, freeFalse = 0;
        long nanos = 0;
        try (PpOcrDetector d = new PpOcrDetector()) {
            for (SceneSpec spec : IndependentSet.specs(1, Long.parseLong(a[0]))) {
                if (a.length > 1 && !spec.id().matches(a[1])) continue;
                IndependentImage img = gen.generate(spec);
                Gray8 f = DecodedFrames.of(img.dicom()).render(0);
                List<Rectangle> first = LineFinder.lines(d, f);
                long t0 = System.nanoTime();
                List<Rectangle> more = maxH < 0
                        ? (Math.max(f.width(), f.height()) <= -maxH ? veil.ocr.learned.Neighbourhoods.region(d, f, new Rectangle(0, 0, f.width(), f.height()), first, up) : List.of())
                        : veil.ocr.learned.Neighbourhoods.reread(d, f, first, up, maxH);
                if (Boolean.getBoolean("veil.bench.inkgate")) more = more.stream().filter(x -> veil.ocr.faint.InkExtension.inkLevel(f, x.intersection(new Rectangle(0, 0, f.width(), f.height()))) >= 0).toList();
                if (Boolean.getBoolean("veil.bench.confirm")) more = more.stream().filter(x -> veil.ocr.verify.TextLikeness.confirms(f, x)).toList();
                nanos += System.nanoTime() - t0;
                int m = 0, r = 0, fb = 0;
                for (Truth t : img.truth()) {
                    if (t.firstFrame() > 0) continue;
                    if (first.stream().anyMatch(x -> x.intersects(t.box()))) continue;
                    m++;
                    if (more.stream().anyMatch(x -> x.intersects(t.box()))) r++;
                }
                for (Rectangle x : more) {
                    if (img.truth().stream().noneMatch(t -> t.box().intersects(x))) {
                        fb++;
                        System.out.printf(Locale.ROOT, "%s OFF %d,%d %dx%d%n", spec.id(), x.x, x.y, x.width, x.height);
                    }
                }
                missed += m;
                regained += r;
                falseBoxes += fb;
                if (spec.textFree()) freeFalse += more.size();
                if (m > 0 || fb > 0) System.out.printf(Locale.ROOT, "%-8s %-34s first read missed %d, re-read found %d of them, off-text %d%n", spec.id(),
                        spec.format().modality() + " " + spec.format().width() + " " + (spec.textFree() ? "text-free" : spec.style() + " " + spec.textPx()), m, r, fb);
            }
        }
        System.out.printf(Locale.ROOT, "truth boxes missed by the first read %d, found by the re-read %d; off-text boxes %d (text-free %d); %.0f ms/image%n",
                missed, regained, falseBoxes, freeFalse, nanos / 1e6 / 89);
    }
}
