package veil.qa.stats;

import java.util.Locale;

/**
 * How many items a reviewer must check, and what a review proves, about a leak rate. Zero leaks in n items drawn from
 * a large collection bound the rate below 1 - (1 - c)^(1/n) at confidence c (about 3/n at 95%: the rule of three);
 * drawn without replacement from N items the exact hypergeometric form needs fewer. With k leaks found the bound is
 * the exact one-sided Clopper-Pearson upper limit. For the audit page and the datasheet.
 */
public final class LeakBound {

    private LeakBound() { }

    /**
     * The smallest n such that zero leaks in n items drawn at random bound the leak rate below {@code maxRate} at
     * {@code confidence}.
     *
     * @param population the collection's size, or 0 for a large one (binomial); with a size, the hypergeometric form
     */
    public static int sampleSize(double maxRate, double confidence, long population) {
        check(maxRate, confidence);
        double alpha = 1 - confidence;
        if (population <= 0) return (int) Math.ceil(Math.log(alpha) / Math.log(1 - maxRate));
        // Leaky items a rate of maxRate means in this collection; the sample must catch one with probability >= c.
        long leaky = Math.max(1, (long) Math.ceil(maxRate * population));
        double pNone = 1;
        for (int n = 1; n <= population; n++) {
            pNone *= (double) (population - leaky - (n - 1)) / (population - (n - 1));
            if (pNone <= alpha) return n;
        }
        return (int) population;
    }

    /** The rule of three's figure for zero leaks in n items: 3/n, the 95% bound. */
    public static double ruleOfThree(int n) {
        return n <= 0 ? 1 : Math.min(1, 3.0 / n);
    }

    /** The exact one-sided upper confidence limit on the leak rate after {@code failed} leaks in {@code reviewed} items. */
    public static double upperBound(int failed, int reviewed, double confidence) {
        if (reviewed <= 0) return 1;
        if (failed < 0 || failed > reviewed) throw new IllegalArgumentException("failed must be between 0 and reviewed");
        if (failed == reviewed) return 1;
        double alpha = 1 - confidence;
        if (failed == 0) return 1 - Math.pow(alpha, 1.0 / reviewed);
        double lo = (double) failed / reviewed, hi = 1;
        for (int i = 0; i < 100; i++) {
            double mid = (lo + hi) / 2;
            if (binomialCdf(failed, reviewed, mid) > alpha) lo = mid;
            else hi = mid;
        }
        return hi;
    }

    /** "0 fails in 300 reviewed: leak rate < 1.0% at 95% confidence". */
    public static String statement(int failed, int reviewed, double confidence) {
        return String.format(Locale.ROOT, "%d fail%s in %d reviewed: leak rate < %.1f%% at %.0f%% confidence%s",
                failed, failed == 1 ? "" : "s", reviewed, 100 * upperBound(failed, reviewed, confidence), 100 * confidence,
                failed == 0 ? "" : " (exact Clopper-Pearson)");
    }

    /** P(X <= k) for X ~ Binomial(n, p), summed in log space. */
    static double binomialCdf(int k, int n, double p) {
        double sum = 0, logP = Math.log(p), logQ = Math.log1p(-p);
        double logC = 0;   // log C(n, 0)
        for (int i = 0; i <= k; i++) {
            if (i > 0) logC += Math.log(n - i + 1) - Math.log(i);
            sum += Math.exp(logC + i * logP + (n - i) * logQ);
        }
        return Math.min(1, sum);
    }

    private static void check(double rate, double confidence) {
        if (!(rate > 0 && rate < 1)) throw new IllegalArgumentException("--max-leak-rate must be between 0 and 1, e.g. 0.01");
        if (!(confidence > 0 && confidence < 1)) throw new IllegalArgumentException("--confidence must be between 0 and 1, e.g. 0.95");
    }
}
