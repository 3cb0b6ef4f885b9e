package veil.audit.compare;

/** Checks made and passed in one category; the score is their ratio (1.0 when nothing applied). */
public record CategoryScore(Category category, long checks, long passed) {
    public double score() {
        return checks == 0 ? 1.0 : (double) passed / checks;
    }
}
