package veil.qa.embeddings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NearestNeighboursTest {
    @Test
    void blockedSearchMatchesBruteForceAndFindsPlantedDuplicates() {
        int n = 300, d = 70, k = 5;   // sizes that do not fill whole blocks or lanes
        SplittableRandom r = new SplittableRandom(3);
        float[] x = new float[n * d];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextGaussian();
        int[][] planted = {{7, 250}, {128, 129}, {0, 299}};
        for (int[] p : planted) for (int q = 0; q < d; q++) x[p[1] * d + q] = x[p[0] * d + q] * 2 + (float) (r.nextGaussian() * 0.01);
        NearestNeighbours.normalise(x, n, d);
        NearestNeighbours.Result res = NearestNeighbours.compute(x, n, d, k, 2, null);
        for (int i = 0; i < n; i++) {
            // brute force best
            int best = -1;
            double bs = -2;
            for (int j = 0; j < n; j++) {
                if (j == i) continue;
                double s = 0;
                for (int q = 0; q < d; q++) s += x[i * d + q] * x[j * d + q];
                if (s > bs) { bs = s; best = j; }
            }
            assertThat(res.neighbour(i, 0)).isEqualTo(best);
            assertThat((double) res.similarity(i, 0)).isCloseTo(bs, org.assertj.core.data.Offset.offset(1e-4));
            for (int q = 1; q < k; q++) assertThat(res.similarity(i, q)).isLessThanOrEqualTo(res.similarity(i, q - 1));
        }
        for (int[] p : planted) {
            assertThat(res.neighbour(p[0], 0)).isEqualTo(p[1]);
            assertThat(res.similarity(p[0], 0)).isGreaterThan(0.999f);
        }
    }
}
