package veil.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import com.pixelmed.dicom.AttributeList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import veil.deid.pixels.PixelOutcome;
import veil.rules.Condition;
import veil.rules.PixelPolicy;
import veil.testkit.pixels.SynthDicom;
import veil.testkit.pixels.SynthPatient;
import veil.testkit.pixels.UltrasoundSynth;

/** The anatomy guard, multi-frame banners and speckle, through the public cleaner. */
class ScreeningBehaviourTest {

    private static final OcrPixelCleaner CLEANER = new OcrPixelCleaner();

    @AfterAll
    static void close() {
        CLEANER.close();
    }

    @Test
    void aBlackoutWiderThanTheProfileAllowsIsQuarantinedNotReleasedWiped() throws Exception {
        SynthPatient p = SynthPatient.random(new Random(1));
        AttributeList us = SynthDicom.rgb(p, "US", 320, 240, UltrasoundSynth.ultrasound(p, 320, 240, 1, 1), 1);
        // A mask over a fifth of the frame stands for a text finder that took the image for text.
        PixelPolicy policy = new PixelPolicy(PixelPolicy.Mode.ALL, PixelPolicy.DEFAULT_ALLOW_LIST,
                List.of(new PixelPolicy.DeviceMask("too wide", Condition.ALWAYS, List.of(new PixelPolicy.Box(0, 60, 320, 60)))));
        PixelOutcome out = CLEANER.clean(us, policy);
        assertThat(out).isInstanceOf(PixelOutcome.Failed.class);
        assertThat(((PixelOutcome.Failed) out).reason()).contains("blackout would change").contains("5.0%");
    }

    @Test
    void aStaticBannerIsFoundOnceOnTheMedianAndEveryFrameVerified() throws Exception {
        SynthPatient p = SynthPatient.random(new Random(2));
        int frames = 12;
        AttributeList us = SynthDicom.rgb(p, "US", 640, 480, UltrasoundSynth.ultrasound(p, 640, 480, frames, 2), frames);
        PixelOutcome out = CLEANER.clean(us, PixelPolicy.defaults());
        assertThat(out).isInstanceOf(PixelOutcome.Redacted.class);
        PixelOutcome.Redacted r = (PixelOutcome.Redacted) out;
        assertThat(r.notes()).anyMatch(n -> n.contains("on the median of 12 frames") && !n.contains("changed banner"));
        assertThat(r.notes()).anyMatch(n -> n.contains("passed on 12 frame(s)"));
        assertThat(r.screening().frameShareChanged()).isLessThan(0.05);
    }

    @Test
    void aBannerThatChangesMidClipIsReadAgainInTheFramesWhereItChanged() throws Exception {
        SynthPatient a = SynthPatient.random(new Random(3)), b = SynthPatient.random(new Random(4));
        int w = 640, h = 480, frame = w * h * 3;
        byte[] first = UltrasoundSynth.ultrasound(a, w, h, 6, 3), second = UltrasoundSynth.ultrasound(b, w, h, 6, 4);
        byte[] clip = new byte[12 * frame];
        System.arraycopy(first, 0, clip, 0, 6 * frame);
        System.arraycopy(second, 0, clip, 6 * frame, 6 * frame);
        PixelOutcome out = CLEANER.clean(SynthDicom.rgb(a, "US", w, h, clip, 12), PixelPolicy.defaults());
        assertThat(out).isInstanceOf(PixelOutcome.Redacted.class);
        assertThat(((PixelOutcome.Redacted) out).notes()).anyMatch(n -> n.contains("changed banner"));
    }

    @Test
    void aTextFreeSpeckleClipIsLeftAlone() throws Exception {
        int w = 640, h = 480, frames = 3;
        Random rnd = new Random(5);
        byte[] rgb = new byte[w * h * 3 * frames];
        for (int f = 0; f < frames; f++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    double dx = x - w / 2.0, dy = y - 20.0;
                    if (dy <= 0 || Math.abs(Math.toDegrees(Math.atan2(dx, dy))) > 40 || Math.hypot(dx, dy) > 440) continue;
                    double rayleigh = Math.sqrt(-2 * Math.log(Math.max(1e-9, rnd.nextDouble())));
                    int v = (int) Math.min(255, 70 * rayleigh);
                    int i = 3 * (f * w * h + y * w + x);
                    rgb[i] = (byte) v;
                    rgb[i + 1] = (byte) v;
                    rgb[i + 2] = (byte) (v * 0.9);
                }
            }
        }
        PixelOutcome out = CLEANER.clean(SynthDicom.rgb(SynthPatient.random(rnd), "US", w, h, rgb, frames), PixelPolicy.defaults());
        assertThat(out).isInstanceOf(PixelOutcome.NoText.class);
    }
}
