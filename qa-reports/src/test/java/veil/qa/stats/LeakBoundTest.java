package veil.qa.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LeakBoundTest {

    @Test
    void zeroLeaksInAboutThreeHundredBoundTheRateAtOnePercent() {
        int n = LeakBound.sampleSize(0.01, 0.95, 0);
        assertThat(n).isEqualTo(299);
        assertThat(LeakBound.upperBound(0, n, 0.95)).isLessThanOrEqualTo(0.01);
        assertThat(LeakBound.upperBound(0, n - 1, 0.95)).isGreaterThan(0.01);
        assertThat(LeakBound.ruleOfThree(300)).isEqualTo(0.01);
    }

    @Test
    void aSmallCollectionNeedsFewerItemsWithoutReplacement() {
        int n = LeakBound.sampleSize(0.01, 0.95, 1000);
        assertThat(n).isLessThan(299).isGreaterThan(250);
        assertThat(LeakBound.sampleSize(0.01, 0.95, 50)).isLessThanOrEqualTo(50);
    }

    @Test
    void withFailuresTheBoundIsTheExactClopperPearsonLimit() {
        // one-sided 95% upper limits (beta quantiles) for 1 of 100 and 5 of 200
        assertThat(LeakBound.upperBound(1, 100, 0.95)).isCloseTo(0.04656, within(2e-4));
        assertThat(LeakBound.upperBound(5, 200, 0.95)).isCloseTo(0.05160, within(3e-4));
        assertThat(LeakBound.statement(0, 300, 0.95)).isEqualTo("0 fails in 300 reviewed: leak rate < 1.0% at 95% confidence");
    }
}
