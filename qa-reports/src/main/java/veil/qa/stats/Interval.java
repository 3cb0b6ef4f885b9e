package veil.qa.stats;

/** A confidence interval for a proportion. */
public record Interval(double low, double high) {
    public double halfWidth() { return (high - low) / 2; }
}
