package veil.qa.review;

/**
 * How many items a spot check needs so that zero leaks among them bound the leak rate below {@code maxRate} at
 * {@code confidence}: 1 - (1 - c)^(1/n) <= maxRate for a large collection (about 3/n at 95%: the rule of three; 299
 * items for 1%), or, drawn without replacement from {@code population} items, the exact hypergeometric form, which
 * needs fewer. The bound reached after review is {@link LeakBound}.
 */
public final class SpotCheckSize {

    private SpotCheckSize() { }

    /** @param population the collection's size, or 0 for a large one (binomial) */
    public static int itemsFor(double maxRate, double confidence, long population) {
        if (!(maxRate > 0 && maxRate < 1)) throw new IllegalArgumentException("--max-leak-rate must be between 0 and 1, e.g. 0.01");
        if (!(confidence > 0 && confidence < 1)) throw new IllegalArgumentException("--confidence must be between 0 and 1, e.g. 0.95");
        double alpha = 1 - confidence;
        if (population <= 0) return (int) Math.ceil(Math.log(alpha) / Math.log(1 - maxRate));
        // The leaky items a rate of maxRate means here; the sample must catch one of them with probability >= c.
        long leaky = Math.max(1, (long) Math.ceil(maxRate * population));
        double pNone = 1;
        for (int n = 1; n <= population; n++) {
            pNone *= (double) (population - leaky - (n - 1)) / (population - (n - 1));
            if (pNone <= alpha) return n;
        }
        return (int) population;
    }
}
