package veil.qa.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StatisticsTest {
    @Test
    void wilsonMatchesNewcombe1998() {
        // Newcombe RG, Stat Med 1998;17:857-872, Table I, method 3 (score, no continuity correction)
        assertInterval(Proportions.wilson95(81, 263), 0.2553, 0.3662);
        assertInterval(Proportions.wilson95(15, 148), 0.0624, 0.1605);
        assertInterval(Proportions.wilson95(0, 20), 0.0000, 0.1611);
        assertInterval(Proportions.wilson95(1, 29), 0.0061, 0.1718);
        assertInterval(Proportions.wilson95(5, 10), 0.2366, 0.7634);
        assertThat(Proportions.wilson95(0, 0).low()).isZero();
        assertThat(Proportions.wilson95(0, 0).high()).isEqualTo(1.0);
        assertThat(Proportions.wilson95(10, 10).high()).isEqualTo(1.0);
    }

    static void assertInterval(Interval i, double lo, double hi) {
        assertThat(i.low()).isCloseTo(lo, within(5e-5));
        assertThat(i.high()).isCloseTo(hi, within(5e-5));
    }

    @Test
    void wilsonHalfWidthAndSampleSize() {
        // half-width at p = 0.5 with 100 cases: Wilson 50/100 is 0.4038-0.5962
        assertThat(Proportions.wilsonHalfWidth(0.5, 100, Proportions.Z95)).isCloseTo(0.0962, within(1e-4));
        assertThat(Proportions.wilsonHalfWidth(0.5, 100, Proportions.Z95))
                .isCloseTo(Proportions.wilson95(50, 100).halfWidth(), within(1e-12));
        int n = Proportions.sampleSize(0.10, 0.10, 1_000_000, Proportions.Z95);
        assertThat(Proportions.wilsonHalfWidth(0.10, n, Proportions.Z95)).isLessThanOrEqualTo(0.10);
        assertThat(Proportions.wilsonHalfWidth(0.10, n - 1, Proportions.Z95)).isGreaterThan(0.10);
        assertThat(n).isBetween(30, 40);
        assertThat(Proportions.sampleSize(0.10, 0.10, 12, Proportions.Z95)).isLessThanOrEqualTo(12);
    }

    @Test
    void cohenKappaOnKnownTable() {
        // 50 items: yes/yes 20, yes/no 5, no/yes 10, no/no 15 -> po 0.70, pe 0.50, kappa 0.40
        long[][] t = {{20, 5}, {10, 15}};
        assertThat(Agreement.observed(t)).isCloseTo(0.70, within(1e-12));
        assertThat(Agreement.cohenKappa(t)).isCloseTo(0.40, within(1e-12));
        // perfect agreement on one category only
        assertThat(Agreement.cohenKappa(new long[][] {{7, 0}, {0, 0}})).isEqualTo(1.0);
        // 3x3 by hand: po = (44+20+6)/100 = 0.70; rows 50/30/20, columns 60/30/10,
        // pe = .5*.6 + .3*.3 + .2*.1 = 0.41; kappa = 0.29/0.59
        long[][] f = {{44, 5, 1}, {7, 20, 3}, {9, 5, 6}};
        assertThat(Agreement.cohenKappa(f)).isCloseTo(0.29 / 0.59, within(1e-12));
    }

    @Test
    void kishDesignEffectHandComputed() {
        // patients A: 3 images all positive; B: 3 images all negative; C: 2 images, one positive.
        // N = 8, k = 3, p = 0.5; SSB = 3(.25)+3(.25)+0 = 1.5, MSB = .75; SSW = 0 + 0 + .5, MSW = .1;
        // sum m^2 = 22, n0 = (8 - 22/8)/2 = 2.625; ICC = (.75 - .1)/(.75 + 1.625 * .1) = .65/.9125;
        // m_w = 22/8 = 2.75; deff = 1 + 1.75 ICC; n_eff = 8/deff.
        DesignEffect.Result r = DesignEffect.compute(new int[] {3, 3, 2}, new int[] {3, 0, 1});
        double icc = 0.65 / 0.9125;
        assertThat(r.icc()).isCloseTo(icc, within(1e-12));
        assertThat(r.weightedClusterSize()).isCloseTo(2.75, within(1e-12));
        assertThat(r.designEffect()).isCloseTo(1 + 1.75 * icc, within(1e-12));
        assertThat(r.designEffect()).isCloseTo(2.2465753, within(1e-6));
        assertThat(r.effectiveN()).isCloseTo(3.5609756, within(1e-6));
        assertThat(r.meanClusterSize()).isCloseTo(8.0 / 3, within(1e-12));
    }

    @Test
    void designEffectEdgeCases() {
        // one image per patient: no clustering
        DesignEffect.Result single = DesignEffect.compute(new int[] {1, 1, 1, 1}, new int[] {1, 0, 1, 0});
        assertThat(single.designEffect()).isEqualTo(1.0);
        // within-patient variation only: ICC clipped at 0
        DesignEffect.Result neg = DesignEffect.compute(new int[] {2, 2}, new int[] {1, 1});
        assertThat(neg.icc()).isZero();
        assertThat(neg.designEffect()).isEqualTo(1.0);
        // no positives at all
        assertThat(DesignEffect.compute(new int[] {5, 5}, new int[] {0, 0}).designEffect()).isEqualTo(1.0);
    }

    @Test
    void distributionMedianAndHistogram() {
        Figures.Distribution d = FiguresCalculator.distribution(new int[] {1, 1, 2, 12, 4});
        assertThat(d.mean()).isEqualTo(4.0);
        assertThat(d.median()).isEqualTo(2.0);
        assertThat(d.max()).isEqualTo(12);
        assertThat(d.histogram()).extracting(Figures.Bin::label).startsWith("1", "2", "3", "4", "5", "6-10", "11-20");
        assertThat(d.histogram().get(0).count()).isEqualTo(2);
        assertThat(d.histogram().get(6).count()).isEqualTo(1);
        assertThat(FiguresCalculator.distribution(new int[] {1, 2, 3, 4}).median()).isEqualTo(2.5);
    }
}
