package veil.bench.ocr;

import java.lang.management.ManagementFactory;
import java.util.Random;
import veil.deid.pixels.PixelOutcome;
import veil.ocr.OcrPixelCleaner;
import veil.rules.PixelPolicy;
import veil.testkit.pixels.SynthDicom;
import veil.testkit.pixels.SynthPatient;
import veil.testkit.pixels.UltrasoundSynth;

/** CPU for cleaning a 12-frame 640x480 RGB ultrasound clip on one thread (goal: under 5 s). Args: [clips]. */
public final class ClipTime {

    private ClipTime() { }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        var mx = ManagementFactory.getThreadMXBean();
        try (OcrPixelCleaner c = new OcrPixelCleaner()) {
            SynthPatient w = SynthPatient.random(new Random(0));
            c.clean(SynthDicom.rgb(w, "US", 640, 480, UltrasoundSynth.ultrasound(w, 640, 480, 2, 0), 2), PixelPolicy.defaults());
            long cpu = 0;
            for (int i = 1; i <= n; i++) {
                SynthPatient p = SynthPatient.random(new Random(i));
                var clip = SynthDicom.rgb(p, "US", 640, 480, UltrasoundSynth.ultrasound(p, 640, 480, 12, i), 12);
                long t0 = mx.getCurrentThreadCpuTime();
                PixelOutcome o = c.clean(clip, PixelPolicy.defaults());
                cpu += mx.getCurrentThreadCpuTime() - t0;
                System.out.println(o.getClass().getSimpleName());
            }
            System.out.printf("12-frame 640x480 RGB clip: %.2f s CPU per clip (mean of %d)%n", cpu / 1e9 / n, n);
        }
    }
}
