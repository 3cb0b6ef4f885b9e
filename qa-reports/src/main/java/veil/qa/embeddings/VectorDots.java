package veil.qa.embeddings;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Similarity block with the JDK's Vector API (jdk.incubator.vector, needs
 * {@code --add-modules jdk.incubator.vector} at run time): 4 x 2 tiles of dot products with
 * fused multiply-adds in the widest lanes the CPU has (16 floats with AVX-512). Loaded only when
 * the module is present; {@link NearestNeighbours} falls back to plain loops otherwise.
 */
final class VectorDots {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

    private VectorDots() {}

    static String describe() { return "Vector API, " + S.vectorBitSize() + "-bit lanes"; }

    /** s[i * nj + j] = dot(x[i0 + i], x[j0 + j]) for the block. */
    static void block(float[] x, int dim, int i0, int ni, int j0, int nj, float[] s) {
        int L = S.length(), upper = dim - dim % L;
        int i = 0;
        for (; i + 4 <= ni; i += 4) {
            int a0 = (i0 + i) * dim, a1 = a0 + dim, a2 = a1 + dim, a3 = a2 + dim;
            int j = 0;
            for (; j + 2 <= nj; j += 2) {
                int b0 = (j0 + j) * dim, b1 = b0 + dim;
                FloatVector c00 = FloatVector.zero(S), c01 = c00, c10 = c00, c11 = c00, c20 = c00, c21 = c00, c30 = c00, c31 = c00;
                for (int k = 0; k < upper; k += L) {
                    FloatVector y0 = FloatVector.fromArray(S, x, b0 + k), y1 = FloatVector.fromArray(S, x, b1 + k);
                    FloatVector v = FloatVector.fromArray(S, x, a0 + k);
                    c00 = v.fma(y0, c00); c01 = v.fma(y1, c01);
                    v = FloatVector.fromArray(S, x, a1 + k);
                    c10 = v.fma(y0, c10); c11 = v.fma(y1, c11);
                    v = FloatVector.fromArray(S, x, a2 + k);
                    c20 = v.fma(y0, c20); c21 = v.fma(y1, c21);
                    v = FloatVector.fromArray(S, x, a3 + k);
                    c30 = v.fma(y0, c30); c31 = v.fma(y1, c31);
                }
                float[] r = {c00.reduceLanes(VectorOperators.ADD), c01.reduceLanes(VectorOperators.ADD),
                        c10.reduceLanes(VectorOperators.ADD), c11.reduceLanes(VectorOperators.ADD),
                        c20.reduceLanes(VectorOperators.ADD), c21.reduceLanes(VectorOperators.ADD),
                        c30.reduceLanes(VectorOperators.ADD), c31.reduceLanes(VectorOperators.ADD)};
                for (int k = upper; k < dim; k++) {
                    float y0 = x[b0 + k], y1 = x[b1 + k];
                    r[0] += x[a0 + k] * y0; r[1] += x[a0 + k] * y1;
                    r[2] += x[a1 + k] * y0; r[3] += x[a1 + k] * y1;
                    r[4] += x[a2 + k] * y0; r[5] += x[a2 + k] * y1;
                    r[6] += x[a3 + k] * y0; r[7] += x[a3 + k] * y1;
                }
                for (int q = 0; q < 4; q++) {
                    s[(i + q) * nj + j] = r[2 * q];
                    s[(i + q) * nj + j + 1] = r[2 * q + 1];
                }
            }
            for (; j < nj; j++) for (int q = 0; q < 4; q++) s[(i + q) * nj + j] = dot(x, (i0 + i + q) * dim, (j0 + j) * dim, dim);
        }
        for (; i < ni; i++) for (int j = 0; j < nj; j++) s[i * nj + j] = dot(x, (i0 + i) * dim, (j0 + j) * dim, dim);
    }

    static float dot(float[] x, int a, int b, int dim) {
        int L = S.length(), upper = dim - dim % L;
        FloatVector c = FloatVector.zero(S);
        for (int k = 0; k < upper; k += L) c = FloatVector.fromArray(S, x, a + k).fma(FloatVector.fromArray(S, x, b + k), c);
        float r = c.reduceLanes(VectorOperators.ADD);
        for (int k = upper; k < dim; k++) r += x[a + k] * x[b + k];
        return r;
    }
}
