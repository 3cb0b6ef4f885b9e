package veil.qa.stats;

/**
 * Kish design effect for clustered binary outcomes (images clustered in patients).
 *
 * <p>ICC by the one-way ANOVA estimator with unequal cluster sizes: with k clusters, N images,
 * cluster sizes m_i and positives x_i,
 * MSB = sum m_i (p_i - p)^2 / (k - 1), MSW = sum (x_i - x_i^2/m_i) / (N - k),
 * n0 = (N - sum m_i^2 / N) / (k - 1), ICC = (MSB - MSW) / (MSB + (n0 - 1) MSW), clipped to [0, 1].
 *
 * <p>Design effect: deff = 1 + (m_w - 1) ICC, where m_w = sum m_i^2 / sum m_i is the size-weighted
 * mean cluster size (equal to (1 + cv^2) m_bar, Kish's correction for unequal clusters; the plain
 * mean when all clusters are equal). Effective sample size: N / deff.
 */
public final class DesignEffect {
    private DesignEffect() {}

    /** Result for one outcome. */
    public record Result(long images, long clusters, long positives, double icc, double meanClusterSize,
                         double weightedClusterSize, double designEffect, double effectiveN) {}

    /**
     * @param sizes     images per cluster (index = cluster)
     * @param positives positive images per cluster
     */
    public static Result compute(int[] sizes, int[] positives) {
        long k = 0, n = 0, x = 0;
        double sumM2 = 0;
        for (int i = 0; i < sizes.length; i++) {
            int m = sizes[i];
            if (m <= 0) continue;
            k++;
            n += m;
            x += positives[i];
            sumM2 += (double) m * m;
        }
        if (n == 0) return new Result(0, 0, 0, 0, 0, 0, 1, 0);
        double p = (double) x / n;
        double ssb = 0, ssw = 0;
        for (int i = 0; i < sizes.length; i++) {
            int m = sizes[i];
            if (m <= 0) continue;
            double xi = positives[i];
            double pi = xi / m;
            ssb += m * (pi - p) * (pi - p);
            ssw += xi - xi * xi / m;
        }
        double icc = icc(ssb, ssw, k, n, sumM2);
        double mw = sumM2 / n;
        double deff = 1 + (mw - 1) * icc;
        return new Result(n, k, x, icc, (double) n / k, mw, deff, n / deff);
    }

    static double icc(double ssb, double ssw, long k, long n, double sumM2) {
        if (k < 2 || n - k < 1) return 0;
        double msb = ssb / (k - 1), msw = ssw / (n - k);
        double n0 = (n - sumM2 / n) / (k - 1);
        double den = msb + (n0 - 1) * msw;
        if (!(den > 0)) return 0;
        double icc = (msb - msw) / den;
        if (Double.isNaN(icc)) return 0;
        return Math.max(0, Math.min(1, icc));
    }
}
