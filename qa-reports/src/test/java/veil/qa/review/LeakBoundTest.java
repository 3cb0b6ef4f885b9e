package veil.qa.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LeakBoundTest {
    @Test
    void zeroFailsGivesTheExactBoundThatTheRuleOfThreeApproximates() {
        LeakBound b = LeakBound.at95(60, 0);
        assertThat(b.upper()).isCloseTo(1 - Math.pow(0.05, 1.0 / 60), within(1e-12)).isCloseTo(0.0487, within(1e-4));
        assertThat(b.ruleOfThree()).isEqualTo(0.05);
        assertThat(b.upper()).isLessThan(b.ruleOfThree());
        assertThat(b.statement()).contains("0 fails in 60 reviewed items", "below 4.87%", "rule of three 3/n = 5.00%");
    }

    @Test
    void failsGiveTheOneSidedClopperPearsonUpperBound() {
        // Published one-sided 95% exact upper limits: 1 of 10 -> 0.3942, 2 of 20 -> 0.2826, 5 of 100 -> 0.1023 (scipy beta.ppf(0.95, k+1, n-k)).
        assertThat(LeakBound.at95(10, 1).upper()).isCloseTo(0.3942, within(1e-4));
        assertThat(LeakBound.at95(20, 2).upper()).isCloseTo(0.2826, within(1e-4));
        assertThat(LeakBound.at95(100, 5).upper()).isCloseTo(0.10225, within(1e-4));
        assertThat(LeakBound.at95(10, 1).ruleOfThree()).isNaN();
    }

    @Test
    void theBoundLeavesExactlyAlphaForSoFewFails() {
        LeakBound b = LeakBound.of(5000, 7, 0.99);
        assertThat(LeakBound.binomialCdf(5000, 7, b.upper())).isCloseTo(0.01, within(1e-9));
    }

    @Test
    void nothingReviewedOrEverythingFailedBoundsNothing() {
        assertThat(LeakBound.at95(0, 0).upper()).isEqualTo(1.0);
        assertThat(LeakBound.at95(0, 0).statement()).contains("no items reviewed");
        assertThat(LeakBound.at95(4, 4).upper()).isEqualTo(1.0);
        assertThatThrownBy(() -> LeakBound.at95(3, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
