package veil.qa.stats;

/** Agreement between two raters on a square contingency table. */
public final class Agreement {
    private Agreement() {}

    /** Observed agreement: diagonal share. NaN for an empty table. */
    public static double observed(long[][] t) {
        long n = 0, d = 0;
        for (int i = 0; i < t.length; i++)
            for (int j = 0; j < t.length; j++) {
                n += t[i][j];
                if (i == j) d += t[i][j];
            }
        return n == 0 ? Double.NaN : (double) d / n;
    }

    /**
     * Cohen's kappa: (po - pe) / (1 - pe), with pe from the row and column margins. NaN when the
     * table is empty; 1 when both raters use a single identical category (pe = 1 and po = 1).
     */
    public static double cohenKappa(long[][] t) {
        int k = t.length;
        long n = 0;
        long[] rows = new long[k], cols = new long[k];
        long diag = 0;
        for (int i = 0; i < k; i++) {
            if (t[i].length != k) throw new IllegalArgumentException("table must be square");
            for (int j = 0; j < k; j++) {
                n += t[i][j];
                rows[i] += t[i][j];
                cols[j] += t[i][j];
                if (i == j) diag += t[i][j];
            }
        }
        if (n == 0) return Double.NaN;
        double po = (double) diag / n, pe = 0;
        for (int i = 0; i < k; i++) pe += ((double) rows[i] / n) * ((double) cols[i] / n);
        if (1 - pe < 1e-12) return po >= 1 - 1e-12 ? 1.0 : Double.NaN;
        return (po - pe) / (1 - pe);
    }
}
