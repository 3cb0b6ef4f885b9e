package veil.testkit.pixels.score;

/** One truth box in one frame, and the share of its area blacked out after cleaning. */
public record BoxResult(BoxTruth truth, int frame, double blackedShare) {

    /** A box is hidden when at least this share of its area is blacked out. */
    public static final double HIDDEN_SHARE = 0.80;

    public boolean hidden() {
        return blackedShare >= HIDDEN_SHARE;
    }
}
