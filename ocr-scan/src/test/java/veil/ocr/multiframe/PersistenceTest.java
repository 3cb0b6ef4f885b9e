package veil.ocr.multiframe;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.util.List;
import org.junit.jupiter.api.Test;
import veil.ocr.verify.IndependentCheck.Unexplained;

class PersistenceTest {

    private static final Rectangle SPOT = new Rectangle(269, 111, 61, 21);

    @Test
    void aRegionOfOneFrameOfAClipIsSpeckle() {
        List<Unexplained> found = List.of(new Unexplained(11, SPOT, false), new Unexplained(4, new Rectangle(10, 10, 40, 12), false));
        assertThat(Persistence.lasting(found, 12)).isEmpty();
    }

    @Test
    void aRegionInNeighbouringFramesLasts() {
        Unexplained a = new Unexplained(5, SPOT, false), b = new Unexplained(6, new Rectangle(272, 113, 58, 20), false);
        assertThat(Persistence.lasting(List.of(a, b), 12)).containsExactly(a, b);
        // two frames apart is not a neighbour
        Unexplained c = new Unexplained(8, SPOT, false);
        assertThat(Persistence.lasting(List.of(a, c), 12)).isEmpty();
    }

    @Test
    void lettersPastARemovedLineAndSingleFramesAreKept() {
        Unexplained remnant = new Unexplained(3, SPOT, true);
        assertThat(Persistence.lasting(List.of(remnant), 12)).containsExactly(remnant);
        Unexplained still = new Unexplained(0, SPOT, false);
        assertThat(Persistence.lasting(List.of(still), 1)).containsExactly(still);
    }
}
