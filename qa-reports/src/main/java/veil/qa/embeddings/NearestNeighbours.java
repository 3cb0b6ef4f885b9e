package veil.qa.embeddings;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Exact k nearest neighbours by cosine similarity. Rows are normalised in place once; then the
 * similarity matrix is computed block by block (B x B rows, the dimension in chunks that keep a
 * transposed block in L2) as rank-1 updates {@code s[j] += a * t[j]} that the JIT turns into
 * SIMD, each block pair once (the matrix is symmetric), on a fixed number of threads. Each row
 * keeps a min-heap of its k best. Cost: n^2/2 x dim multiply-adds; memory: the matrix plus n x k.
 */
public final class NearestNeighbours {
    static final int BLOCK = 128;
    static final int CHUNK = 512;

    /** Row i's neighbours are {@code index[i*k .. i*k+count(i))}, most similar first; absent slots are -1. */
    public record Result(int n, int k, int[] index, float[] similarity) {
        public int neighbour(int row, int rank) { return index[row * k + rank]; }
        public float similarity(int row, int rank) { return similarity[row * k + rank]; }
    }

    private NearestNeighbours() {}

    /** Scales each row of {@code data} ({@code n x dim}) to unit length, in place; zero rows stay zero. */
    public static void normalise(float[] data, int n, int dim) {
        for (int i = 0; i < n; i++) {
            int off = i * dim;
            double ss = 0;
            for (int k = 0; k < dim; k++) ss += data[off + k] * data[off + k];
            if (ss == 0) continue;
            float inv = (float) (1 / Math.sqrt(ss));
            for (int k = 0; k < dim; k++) data[off + k] *= inv;
        }
    }

    /**
     * @param data    unit-length rows (see {@link #normalise}), n x dim
     * @param ticker  called after each block pair (for progress), may be null
     */
    public static Result compute(float[] data, int n, int dim, int k, int threads, Runnable ticker) {
        if (k < 1) throw new IllegalArgumentException("k must be at least 1");
        k = Math.min(k, Math.max(1, n - 1));
        int blocks = (n + BLOCK - 1) / BLOCK;
        List<int[]> pairs = new ArrayList<>();
        for (int a = 0; a < blocks; a++) for (int b = a; b < blocks; b++) pairs.add(new int[] {a, b});
        Heaps heaps = new Heaps(n, k, blocks);
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        int nt = Math.max(1, Math.min(threads, pairs.size()));
        Thread[] ts = new Thread[nt];
        for (int t = 0; t < nt; t++) {
            ts[t] = new Thread(() -> {
                float[] s = new float[BLOCK * BLOCK];
                float[] tr = new float[CHUNK * BLOCK];
                try {
                    for (int p = next.getAndIncrement(); p < pairs.size() && failure.get() == null; p = next.getAndIncrement()) {
                        int[] pr = pairs.get(p);
                        block(data, n, dim, pr[0], pr[1], s, tr, heaps);
                        if (ticker != null) ticker.run();
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "veil-knn-" + t);
            ts[t].setDaemon(true);
            ts[t].start();
        }
        for (Thread t : ts) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        if (failure.get() != null) throw new IllegalStateException("nearest-neighbour search failed", failure.get());
        return heaps.sorted();
    }

    /** Number of block pairs {@link #compute} works through (for a progress bar). */
    public static long blockPairs(int n) {
        long b = (n + BLOCK - 1) / BLOCK;
        return b * (b + 1) / 2;
    }

    /** True when the Vector API module is present (java --add-modules jdk.incubator.vector). */
    public static final boolean VECTOR_API = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    /** How similarities are computed, for the report. */
    public static String method() {
        return VECTOR_API ? VectorDots.describe() : "plain Java loops (run with --add-modules jdk.incubator.vector for SIMD)";
    }

    static void block(float[] x, int n, int dim, int bi, int bj, float[] s, float[] t, Heaps heaps) {
        int i0 = bi * BLOCK, j0 = bj * BLOCK;
        int ni = Math.min(BLOCK, n - i0), nj = Math.min(BLOCK, n - j0);
        if (VECTOR_API) VectorDots.block(x, dim, i0, ni, j0, nj, s);
        else scalarBlock(x, dim, i0, ni, j0, nj, s, t);
        offerBlock(bi, bj, i0, ni, j0, nj, s, heaps);
    }

    static void scalarBlock(float[] x, int dim, int i0, int ni, int j0, int nj, float[] s, float[] t) {
        java.util.Arrays.fill(s, 0, ni * nj, 0f);
        for (int c0 = 0; c0 < dim; c0 += CHUNK) {
            int kc = Math.min(CHUNK, dim - c0);
            // transpose the J rows of this chunk: t[k * nj + j] = x[j0 + j][c0 + k]
            for (int j = 0; j < nj; j++) {
                int src = (j0 + j) * dim + c0;
                for (int kk = 0; kk < kc; kk++) t[kk * nj + j] = x[src + kk];
            }
            for (int i = 0; i < ni; i++) {
                int xi = (i0 + i) * dim + c0, so = i * nj;
                for (int kk = 0; kk < kc; kk++) {
                    float a = x[xi + kk];
                    if (a == 0f) continue;
                    int to = kk * nj;
                    for (int j = 0; j < nj; j++) s[so + j] += a * t[to + j];
                }
            }
        }
    }

    static void offerBlock(int bi, int bj, int i0, int ni, int j0, int nj, float[] s, Heaps heaps) {
        boolean diagonal = bi == bj;
        synchronized (heaps.lock(bi)) {
            for (int i = 0; i < ni; i++)
                for (int j = 0; j < nj; j++) {
                    if (diagonal && i == j) continue;
                    heaps.offer(i0 + i, j0 + j, s[i * nj + j]);
                }
        }
        if (!diagonal) {
            synchronized (heaps.lock(bj)) {
                for (int j = 0; j < nj; j++)
                    for (int i = 0; i < ni; i++) heaps.offer(j0 + j, i0 + i, s[i * nj + j]);
            }
        }
    }

    /** One min-heap of size k per row, guarded per block of rows. */
    static final class Heaps {
        final int n, k;
        final int[] idx, count;
        final float[] sim;
        final Object[] locks;

        Heaps(int n, int k, int blocks) {
            this.n = n;
            this.k = k;
            idx = new int[n * k];
            sim = new float[n * k];
            count = new int[n];
            locks = new Object[blocks];
            for (int b = 0; b < blocks; b++) locks[b] = new Object();
        }

        Object lock(int block) { return locks[block]; }

        void offer(int row, int other, float s) {
            int base = row * k, c = count[row];
            if (c < k) {
                int at = c;
                idx[base + at] = other;
                sim[base + at] = s;
                count[row] = c + 1;
                while (at > 0) {   // sift up
                    int parent = (at - 1) / 2;
                    if (sim[base + parent] <= sim[base + at]) break;
                    swap(base, at, parent);
                    at = parent;
                }
                return;
            }
            if (s <= sim[base]) return;
            idx[base] = other;
            sim[base] = s;
            int at = 0;
            while (true) {   // sift down
                int l = 2 * at + 1, r = l + 1, m = at;
                if (l < k && sim[base + l] < sim[base + m]) m = l;
                if (r < k && sim[base + r] < sim[base + m]) m = r;
                if (m == at) break;
                swap(base, at, m);
                at = m;
            }
        }

        void swap(int base, int a, int b) {
            int ti = idx[base + a]; idx[base + a] = idx[base + b]; idx[base + b] = ti;
            float ts = sim[base + a]; sim[base + a] = sim[base + b]; sim[base + b] = ts;
        }

        Result sorted() {
            int[] oi = new int[n * k];
            float[] os = new float[n * k];
            java.util.Arrays.fill(oi, -1);
            java.util.Arrays.fill(os, Float.NaN);
            Integer[] order = new Integer[k];
            for (int r = 0; r < n; r++) {
                int base = r * k, c = count[r];
                for (int q = 0; q < c; q++) order[q] = q;
                java.util.Arrays.sort(order, 0, c, (a, b) -> {
                    int cmp = Float.compare(sim[base + b], sim[base + a]);
                    return cmp != 0 ? cmp : Integer.compare(idx[base + a], idx[base + b]);
                });
                for (int q = 0; q < c; q++) { oi[base + q] = idx[base + order[q]]; os[base + q] = sim[base + order[q]]; }
            }
            return new Result(n, k, oi, os);
        }
    }
}
