package veil.bench.ocr;

import java.awt.Rectangle;
import java.util.List;
import veil.ocr.detect.DecodedFrames;
import veil.ocr.detect.Gray8;
import veil.ocr.verify.TextLikeness;
import veil.testkit.pixels.independent.FontShelf;
import veil.testkit.pixels.independent.IndependentGenerator;
import veil.testkit.pixels.independent.IndependentImage;
import veil.testkit.pixels.independent.IndependentSet;
import veil.testkit.pixels.independent.SceneSpec;
import veil.testkit.pixels.independent.Truth;

/**
 * For tuning the independent finder: which truth boxes of one image it sees (geometry only, never text), and what
 * it reports that lies on no truth box. {@code veil.bench.ocr.FinderProbe SEED ID}
 */
public final class FinderProbe {

    private FinderProbe() { }

    public static void main(String[] a) throws Exception {
        IndependentGenerator gen = new IndependentGenerator(FontShelf.system());
        for (SceneSpec spec : IndependentSet.specs(1, Long.parseLong(a[0]))) {
            if (!spec.id().matches(a[1])) continue;
            IndependentImage img = gen.generate(spec);
            Gray8 f = DecodedFrames.of(img.dicom()).render(0);
            List<Rectangle> found = TextLikeness.find(f, List.of());
            int seen = 0, n = 0;
            for (Truth t : img.truth()) {
                if (t.firstFrame() > 0) continue;
                n++;
                boolean hit = found.stream().anyMatch(r -> r.intersects(t.box()));
                if (hit) seen++;
                System.out.printf("%s truth %s %d,%d %dx%d %s%n", spec.id(), t.kind(), t.box().x, t.box().y, t.box().width,
                        t.box().height, hit ? "seen" : "MISSED");
            }
            for (Rectangle r : found) {
                if (img.truth().stream().noneMatch(t -> t.box().intersects(r))) {
                    System.out.printf("%s false %d,%d %dx%d%n", spec.id(), r.x, r.y, r.width, r.height);
                }
            }
            System.out.printf("%s: %d of %d truth boxes seen, %d regions%n", spec.id(), seen, n, found.size());
        }
    }
}
