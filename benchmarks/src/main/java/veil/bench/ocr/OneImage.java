package veil.bench.ocr;

import veil.ocr.OcrPixelCleaner;
import veil.rules.PixelPolicy;
import veil.testkit.pixels.Background;
import veil.testkit.pixels.ChestSynth;
import veil.testkit.pixels.SynthDicom;
import veil.testkit.pixels.SynthSpec;
import veil.testkit.pixels.TextShade;

/** Cleans one tuning-set image and prints the outcome (synthetic identifiers only): size bits mono1 px font shade background seed [mode]. */
public final class OneImage {

    private OneImage() { }

    public static void main(String[] a) throws Exception {
        SynthSpec spec = new SynthSpec(Integer.parseInt(a[0]), Integer.parseInt(a[1]), Boolean.parseBoolean(a[2]),
                Integer.parseInt(a[3]), a[4], TextShade.valueOf(a[5]), Background.valueOf(a[6]), Long.parseLong(a[7]));
        PixelPolicy.Mode mode = a.length > 8 ? PixelPolicy.Mode.valueOf(a[8]) : PixelPolicy.Mode.ALL;
        try (OcrPixelCleaner c = new OcrPixelCleaner()) {
            System.out.println(c.clean(SynthDicom.grey(ChestSynth.generate(spec), "CR"),
                    new PixelPolicy(mode, PixelPolicy.DEFAULT_ALLOW_LIST, java.util.List.of())));
        }
    }
}
