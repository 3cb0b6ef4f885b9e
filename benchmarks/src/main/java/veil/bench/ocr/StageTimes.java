package veil.bench.ocr;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import veil.deid.pixels.PixelOutcome;
import veil.ocr.OcrPixelCleaner;
import veil.ocr.detect.DecodedFrames;
import veil.ocr.detect.Gray8;
import veil.ocr.learned.LineFinder;
import veil.ocr.learned.LocalNormalisation;
import veil.ocr.learned.PpOcrDetector;
import veil.ocr.verify.TextLikeness;
import veil.rules.PixelPolicy;
import veil.testkit.pixels.AccuracyHarness;
import veil.testkit.pixels.ChestSynth;
import veil.testkit.pixels.SynthDicom;
import veil.testkit.pixels.SynthSpec;

/** CPU per stage of the pixel clean on one thread (to see where the time goes): detector, normalisation, verifier, whole clean. */
public final class StageTimes {

    private StageTimes() { }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1024;
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<SynthSpec> specs = AccuracyHarness.grid(size, new int[]{16, 24, 32}, 77);
        long det = 0, norm = 0, verify = 0, lines = 0, clean = 0;
        try (PpOcrDetector d = new PpOcrDetector(); OcrPixelCleaner cleaner = new OcrPixelCleaner()) {
            d.detect(new Gray8(64, 64, new byte[64 * 64]));
            cleaner.clean(SynthDicom.grey(ChestSynth.generate(specs.get(0)), "CR"), PixelPolicy.defaults());
            for (int i = 0; i < n; i++) {
                var list = SynthDicom.grey(ChestSynth.generate(specs.get(i % specs.size())), "CR");
                Gray8 f = DecodedFrames.of(list).render(0);
                long t0 = mx.getCurrentThreadCpuTime();
                d.detect(f);
                long t1 = mx.getCurrentThreadCpuTime();
                Gray8 g = LocalNormalisation.of(f);
                long t2 = mx.getCurrentThreadCpuTime();
                TextLikeness.find(f, List.of());
                long t3 = mx.getCurrentThreadCpuTime();
                LineFinder.lines(d, f);
                long t4 = mx.getCurrentThreadCpuTime();
                PixelOutcome o = cleaner.clean(list, PixelPolicy.defaults());
                long t5 = mx.getCurrentThreadCpuTime();
                det += t1 - t0; norm += t2 - t1; verify += t3 - t2; lines += t4 - t3; clean += t5 - t4;
                System.out.println(o.getClass().getSimpleName() + " " + (o instanceof PixelOutcome.Redacted r ? r.notes() : o));
            }
        }
        System.out.printf(Locale.ROOT, "%d²: detector %.0f ms, normalisation %.0f ms, verifier %.0f ms, first read (LineFinder.DEFAULT %s) %.0f ms, whole clean %.0f ms (CPU per image)%n",
                size, det / 1e6 / n, norm / 1e6 / n, verify / 1e6 / n, veil.ocr.learned.LineFinder.DEFAULT, lines / 1e6 / n, clean / 1e6 / n);
    }
}
