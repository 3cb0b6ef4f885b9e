package veil.qa.stats;

/** Wilson score intervals and sample sizes for proportions. */
public final class Proportions {
    /** Two-sided 95% normal quantile. */
    public static final double Z95 = 1.959963984540054;

    private Proportions() {}

    /** Wilson score interval for {@code x} successes in {@code n} trials; [0,1] when n is 0. */
    public static Interval wilson(long x, long n, double z) {
        if (n <= 0) return new Interval(0, 1);
        if (x < 0 || x > n) throw new IllegalArgumentException("need 0 <= x <= n, got x=" + x + " n=" + n);
        double p = (double) x / n, z2 = z * z;
        double denom = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denom;
        double half = z / denom * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        double lo = x == 0 ? 0 : Math.max(0, centre - half);
        double hi = x == n ? 1 : Math.min(1, centre + half);
        return new Interval(lo, hi);
    }

    public static Interval wilson95(long x, long n) { return wilson(x, n, Z95); }

    /**
     * Half-width of the Wilson 95% interval when a proportion {@code p} is measured on {@code n}
     * cases (the expected successes {@code p*n} need not be whole); 0.5 (all of [0,1]) when n is 0.
     */
    public static double wilsonHalfWidth(double p, long n, double z) {
        if (n <= 0) return 0.5;
        double z2 = z * z;
        double denom = 1 + z2 / n;
        return z / denom * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    }

    /**
     * Smallest sample size whose Wilson 95% half-width for an expected proportion {@code p} is at
     * most {@code halfWidth}, drawn without replacement from {@code population} items (finite
     * population correction); never more than the population.
     */
    public static int sampleSize(double p, double halfWidth, long population, double z) {
        if (population <= 0) return 0;
        if (halfWidth <= 0) return (int) Math.min(Integer.MAX_VALUE, population);
        // normal-approximation size, then adjusted until the Wilson half-width meets the target
        double n0 = z * z * p * (1 - p) / (halfWidth * halfWidth);
        long n = Math.max(1, (long) Math.ceil(n0));
        while (n < population && wilsonHalfWidth(p, n, z) * fpc(n, population) > halfWidth) n++;
        while (n > 1 && wilsonHalfWidth(p, n - 1, z) * fpc(n - 1, population) <= halfWidth) n--;
        return (int) Math.min(n, population);
    }

    /** Finite population correction factor for the standard error. */
    static double fpc(long n, long population) {
        if (population <= 1) return 0;
        return Math.sqrt(Math.max(0, (double) (population - n) / (population - 1)));
    }
}
