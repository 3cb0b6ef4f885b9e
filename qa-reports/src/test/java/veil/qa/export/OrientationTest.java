package veil.qa.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrientationTest {
    @Test
    void frontalImagesFacingTheWrongWayAreFlippedAndLateralsKeepTheirSide() {
        assertThat(Orientation.of("L\\F", "PA").identity()).isTrue();
        assertThat(Orientation.of("R\\F", "AP").describe()).isEqualTo("flip_h");
        assertThat(Orientation.of("L\\H", "PA").describe()).isEqualTo("flip_v");
        assertThat(Orientation.of("R\\H", "PA").describe()).isEqualTo("flip_h+flip_v");
        assertThat(Orientation.of("F\\L", "PA").describe()).isEqualTo("transpose");
        assertThat(Orientation.of("A\\F", "LL").identity()).isTrue();
        assertThat(Orientation.of("P\\H", "LATERAL").describe()).isEqualTo("flip_v");
        assertThat(Orientation.of(null, "PA").identity()).isTrue();
        assertThat(Orientation.of("garbage", "PA").identity()).isTrue();
    }

    @Test
    void transposeAndFlipsMoveThePixelsTheyName() {
        byte[] px = {1, 2, 3, 4, 5, 6};   // 3 wide, 2 high
        assertThat(Orientation.of("R\\F", "PA").apply(px, 3, 2)).containsExactly(3, 2, 1, 6, 5, 4);
        assertThat(Orientation.of("L\\H", "PA").apply(px, 3, 2)).containsExactly(4, 5, 6, 1, 2, 3);
        assertThat(Orientation.of("F\\L", "PA").apply(px, 3, 2)).containsExactly(1, 4, 2, 5, 3, 6);
        assertThat(Orientation.of("F\\L", "PA").size(3, 2)).containsExactly(2, 3);
    }

    @Test
    void windowFollowsTheStandardsLinearFunctionAndCountsClipping() {
        VoiTransform.Window w = new VoiTransform.Window(1000, 200, false);
        assertThat(w.apply(800)).isZero();
        assertThat(w.apply(1200)).isEqualTo(1.0);
        assertThat(w.apply(1000)).isBetween(0.49, 0.51);
        assertThat(w.clipped(850)).isTrue();
        assertThat(w.clipped(1000)).isFalse();
        assertThat(new VoiTransform.MinMax(0, 4095).clipped(5000)).isFalse();
    }

    @Test
    void lanczosDownscaleKeepsFlatAreasFlatAndHalvesTheSize() {
        // every sample indexes table entry 7, display value 200; the high bits are an overlay and are masked off
        short[] src = new short[64 * 32];
        java.util.Arrays.fill(src, (short) (0x7000 | 7));
        float[] lut = new float[4096];
        lut[7] = 200f;
        int[] sz = Resampler.targetSize(64, 32, 32);
        assertThat(sz).containsExactly(32, 16);
        byte[] out = Resampler.resize(src, 0xFFF, lut, 64, 32, 32, 16);
        for (byte b : out) assertThat(b & 0xFF).isEqualTo(200);
        assertThat(Resampler.targetSize(100, 50, 1024)).containsExactly(100, 50);
    }
}
