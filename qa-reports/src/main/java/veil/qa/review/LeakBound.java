package veil.qa.review;

import java.util.Locale;

/**
 * How high the leak rate of a released collection can be, given that a person reviewed {@code reviewed} randomly
 * drawn items and found {@code failed} of them leaking: the exact one-sided Clopper-Pearson upper bound, the p for
 * which seeing {@code failed} or fewer leaks in {@code reviewed} draws has probability 1 - confidence. With no
 * leaks it is 1 - (1 - confidence)^(1/n), which the rule of three (3/n at 95%) approximates from above.
 *
 * @param upper the bound, 0..1 (1 when nothing was reviewed or every item failed)
 */
public record LeakBound(long reviewed, long failed, double confidence, double upper) {
    public LeakBound {
        if (reviewed < 0 || failed < 0 || failed > reviewed)
            throw new IllegalArgumentException("need 0 <= failed <= reviewed, got " + failed + " of " + reviewed);
        if (!(confidence > 0 && confidence < 1)) throw new IllegalArgumentException("confidence must be in (0, 1)");
    }

    public static LeakBound of(long reviewed, long failed, double confidence) {
        return new LeakBound(reviewed, failed, confidence, upperBound(reviewed, failed, confidence));
    }

    public static LeakBound at95(long reviewed, long failed) { return of(reviewed, failed, 0.95); }

    /** 3/n: the rule of three for zero failures at 95% (NaN when n = 0 or there were failures). */
    public double ruleOfThree() {
        return reviewed == 0 || failed > 0 || confidence != 0.95 ? Double.NaN : Math.min(1.0, 3.0 / reviewed);
    }

    /** One sentence for a report, e.g. "0 fails in 60 reviewed items: leak rate below 4.9% (95% confidence)". */
    public String statement() {
        String level = String.format(Locale.ROOT, "%.0f%%", 100 * confidence);
        if (reviewed == 0) return "no items reviewed yet: no bound on the leak rate";
        String bound = String.format(Locale.ROOT, "%s fail%s in %,d reviewed item%s: leak rate below %s (%s confidence, exact Clopper-Pearson)",
                failed, failed == 1 ? "" : "s", reviewed, reviewed == 1 ? "" : "s", pct(upper), level);
        return failed == 0 && confidence == 0.95 ? bound + "; rule of three 3/n = " + pct(ruleOfThree()) : bound;
    }

    static String pct(double f) {
        return f < 0.001 ? String.format(Locale.ROOT, "%.3f%%", 100 * f) : String.format(Locale.ROOT, "%.2f%%", 100 * f);
    }

    static double upperBound(long n, long k, double confidence) {
        if (n == 0 || k >= n) return 1.0;
        double alpha = 1 - confidence;
        if (k == 0) return 1 - Math.pow(alpha, 1.0 / n);
        // P(X <= k; n, p) falls as p rises: bisect for the p where it equals alpha.
        double lo = (double) k / n, hi = 1.0;
        for (int i = 0; i < 200 && hi - lo > 1e-15; i++) {
            double mid = (lo + hi) / 2;
            if (binomialCdf(n, k, mid) > alpha) lo = mid; else hi = mid;
        }
        return hi;
    }

    /** P(X <= k) for X ~ Binomial(n, p), summed in log space so large n does not underflow. */
    static double binomialCdf(long n, long k, double p) {
        if (p <= 0) return 1;
        if (p >= 1) return k >= n ? 1 : 0;
        double logP = Math.log(p), logQ = Math.log1p(-p);
        double logTerm = n * logQ; // log P(X = 0)
        double max = logTerm, sum = 0;
        double[] logs = new double[(int) k + 1];
        logs[0] = logTerm;
        for (long i = 0; i < k; i++) {
            logTerm += Math.log((double) (n - i) / (i + 1)) + logP - logQ;
            logs[(int) i + 1] = logTerm;
            max = Math.max(max, logTerm);
        }
        for (double l : logs) sum += Math.exp(l - max);
        return Math.min(1.0, Math.exp(max + Math.log(sum)));
    }
}
