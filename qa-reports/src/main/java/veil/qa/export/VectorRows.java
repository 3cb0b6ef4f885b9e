package veil.qa.export;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The resampler's two sums with the Vector API (needs {@code --add-modules jdk.incubator.vector});
 * loaded only when that module is present. Lane for lane the same fused multiply-adds in the same
 * order as {@link Resampler}'s plain loops.
 */
final class VectorRows {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

    private VectorRows() {}

    /** {@code dst[d + x] = sum over k < len of c[k] * taps[k][x]}, accumulated in registers. */
    static void weightedSum(float[][] taps, float[] c, int len, float[] dst, int d, int n) {
        int L = S.length(), upper = n - n % L, x = 0;
        for (; x < upper; x += L) {
            FloatVector acc = FloatVector.zero(S);
            for (int k = 0; k < len; k++) acc = FloatVector.fromArray(S, taps[k], x).fma(FloatVector.broadcast(S, c[k]), acc);
            acc.intoArray(dst, d + x);
        }
        for (; x < n; x++) {
            float acc = 0;
            for (int k = 0; k < len; k++) acc = Math.fma(taps[k][x], c[k], acc);
            dst[d + x] = acc;
        }
    }

    static int lanes() { return S.length(); }

    /** As {@link #weightedSum}, written column-major: lane i of x..x+L goes to {@code block[(x + i) * L + j]}. */
    static void weightedSumColumns(float[][] taps, float[] c, int len, float[] block, int j, int n) {
        int L = S.length(), upper = n - n % L, x = 0;
        int[] stride = STRIDE;
        for (; x < upper; x += L) {
            FloatVector acc = FloatVector.zero(S);
            for (int k = 0; k < len; k++) acc = FloatVector.fromArray(S, taps[k], x).fma(FloatVector.broadcast(S, c[k]), acc);
            acc.intoArray(block, x * L + j, stride, 0);
        }
        for (; x < n; x++) {
            float acc = 0;
            for (int k = 0; k < len; k++) acc = Math.fma(taps[k][x], c[k], acc);
            block[x * L + j] = acc;
        }
    }

    private static final VectorSpecies<Integer> I = IntVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Short> SH = VectorSpecies.of(short.class, VectorShape.forBitSize(S.vectorBitSize() / 2));

    /** {@code row[x] = lut[samples[base + x] & mask]}: indices widened in SIMD, then gathered from the table. */
    static void lookUp(short[] samples, int base, int mask, float[] lut, int[] idx, float[] row, int n) {
        int L = S.length(), upper = n - n % L, x = 0;
        for (; x < upper; x += L)
            ((IntVector) ShortVector.fromArray(SH, samples, base + x).convertShape(VectorOperators.S2I, I, 0)).and(mask).intoArray(idx, x);
        for (x = 0; x < upper; x += L) FloatVector.fromArray(S, lut, 0, idx, x).intoArray(row, x);
        for (; x < n; x++) row[x] = lut[samples[base + x] & mask];
    }

    private static final int[] STRIDE = new int[S.length()];
    static { for (int i = 0; i < STRIDE.length; i++) STRIDE[i] = i * S.length(); }

    /**
     * The horizontal filter on a column-major block of {@link #lanes()} rows ({@code block[x * lanes + j]}),
     * plus 0.5 and clamped to 0..255: {@code (int)} of a result is what {@link Resampler#toByte} gives.
     */
    static void blockSum(float[] block, Resampler.Weights wx, int ow, float[] result) {
        int L = S.length();
        for (int x = 0; x < ow; x++) {
            int s = wx.start[x], len = wx.len[x], off = x * wx.stride;
            FloatVector acc = FloatVector.zero(S);
            for (int k = 0; k < len; k++)
                acc = FloatVector.fromArray(S, block, (s + k) * L).fma(FloatVector.broadcast(S, wx.w[off + k]), acc);
            // Resampler.toByte up to the cast to int, which the caller does: v + 0.5f clamped to 0..255. (Converting
            // to an IntVector here is not compiled to SIMD by JDK 17 and costs more than the whole sum.)
            acc.add(0.5f).max(0f).min(255f).intoArray(result, x * L);
        }
    }
}
