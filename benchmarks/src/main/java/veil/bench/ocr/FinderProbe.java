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
 * it reports that lies on no truth box. {@code veil.bench.ocr.FinderProbe SEED ID [lines]}
 * ({@code lines}: also the first read's lines and whether {@code TextLikeness.confirms} each)
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
            if (System.getProperty("veil.bench.png") != null) {
                java.awt.image.BufferedImage bi = new java.awt.image.BufferedImage(f.width(), f.height(), java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
                bi.getRaster().setDataElements(0, 0, f.width(), f.height(), f.pixels());
                javax.imageio.ImageIO.write(bi, "png", new java.io.File(System.getProperty("veil.bench.png"), spec.id() + ".png"));
            }
            if (a.length > 2 && a[2].equals("lines")) {
                // The first read's lines and whether the finder confirms each on its own box (the anatomy guard's test).
                try (veil.ocr.learned.PpOcrDetector d = new veil.ocr.learned.PpOcrDetector()) {
                    for (veil.ocr.learned.TextBox t : veil.ocr.learned.LineFinder.raw(d, f, veil.ocr.learned.LineFinder.DEFAULT, 1.0)) {
                        System.out.printf("%s raw %d,%d %dx%d core %d,%d %dx%d score %.2f%n", spec.id(), t.box().x, t.box().y,
                                t.box().width, t.box().height, t.core().x, t.core().y, t.core().width, t.core().height, t.score());
                    }
                    if (a.length > 3) {
                        // Experiment: each line's band (frame-wide, the line's height plus one height each side) re-read at a x upscale.
                        int up = Integer.parseInt(a[3]);
                        for (Rectangle r : veil.ocr.learned.LineFinder.lines(d, f)) {
                            int hgt = Math.min(r.width, r.height);
                            Rectangle band = new Rectangle(0, r.y - hgt, f.width(), r.height + 2 * hgt).intersection(new Rectangle(0, 0, f.width(), f.height()));
                            byte[] px = new byte[band.width * up * band.height * up];
                            for (int y = 0; y < band.height * up; y++) for (int x = 0; x < band.width * up; x++)
                                px[y * band.width * up + x] = f.pixels()[(band.y + y / up) * f.width() + band.x + x / up];
                            Gray8 g = new Gray8(band.width * up, band.height * up, px);
                            for (var pass : veil.ocr.learned.LineFinder.Passes.values()) {
                                StringBuilder sb = new StringBuilder();
                                for (veil.ocr.learned.TextBox t : veil.ocr.learned.LineFinder.raw(d, g, pass, 1.0)) {
                                    Rectangle c = t.core();
                                    sb.append(String.format(" [%d..%d y%d]", c.x / up, (c.x + c.width) / up, band.y + c.y / up));
                                }
                                System.out.printf("%s band y%d %s:%s%n", spec.id(), r.y, pass, sb);
                            }
                        }
                    }
                    for (Rectangle r : veil.ocr.learned.LineFinder.lines(d, f)) {
                        boolean onText = img.truth().stream().anyMatch(t -> t.box().intersects(r));
                        System.out.printf("%s line %d,%d %dx%d %s %s%n", spec.id(), r.x, r.y, r.width, r.height,
                                onText ? "on-text" : "OFF-TEXT", TextLikeness.confirms(f, r) ? "confirmed" : "NOT confirmed");
                    }
                }
            }
        }
    }
}
