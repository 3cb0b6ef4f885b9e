package veil.qa.export;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The resampler's row multiply-add {@code dst[d..d+n) += c * src[s..s+n)} with the Vector API
 * (needs {@code --add-modules jdk.incubator.vector}); loaded only when that module is present.
 */
final class VectorRows {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

    private VectorRows() {}

    static void axpy(float[] dst, int d, float c, float[] src, int s, int n) {
        int L = S.length(), upper = n - n % L, x = 0;
        FloatVector cv = FloatVector.broadcast(S, c);
        for (; x < upper; x += L)
            FloatVector.fromArray(S, src, s + x).fma(cv, FloatVector.fromArray(S, dst, d + x)).intoArray(dst, d + x);
        for (; x < n; x++) dst[d + x] += c * src[s + x];
    }
}
