package veil.qa.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpotCheckSizeTest {

    @Test
    void zeroLeaksInTheSizedSampleBoundTheRateAtTheLevelAsked() {
        int n = SpotCheckSize.itemsFor(0.01, 0.95, 0);
        assertThat(n).isEqualTo(299);
        assertThat(LeakBound.at95(n, 0).upper()).isLessThanOrEqualTo(0.01);
        assertThat(LeakBound.at95(n - 1, 0).upper()).isGreaterThan(0.01);
    }

    @Test
    void aSmallCollectionNeedsFewerItemsWithoutReplacement() {
        assertThat(SpotCheckSize.itemsFor(0.01, 0.95, 1000)).isLessThan(299).isGreaterThan(250);
        assertThat(SpotCheckSize.itemsFor(0.01, 0.95, 50)).isLessThanOrEqualTo(50);
    }
}
