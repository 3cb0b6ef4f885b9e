package veil.ocr.learned;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import veil.ocr.detect.Gray8;
import veil.ocr.frames.TestFrames;

class PpOcrDetectorTest {

    private static PpOcrDetector detector;

    @BeforeAll
    static void open() {
        detector = new PpOcrDetector();
    }

    @AfterAll
    static void close() {
        detector.close();
    }

    @Test
    void findsALineOfTextOnASmallImage() {
        Gray8 f = TestFrames.text(320, 96, "DOE JANE 1970", 20, 20, 55, 20, 230, 2, 1);
        List<TextBox> boxes = detector.detect(f);
        assertThat(boxes).hasSize(1);
        Rectangle b = boxes.get(0).box();
        assertThat(b.intersects(new Rectangle(20, 38, 150, 20))).isTrue();
        assertThat(boxes.get(0).score()).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void findsNothingOnSpeckle() {
        assertThat(detector.detect(TestFrames.speckle(320, 240, 9))).isEmpty();
    }

    @Test
    void theLowContrastPassFindsFaintText() {
        Gray8 f = TestFrames.text(320, 96, "ROE 12345", 14, 20, 55, 90, 112, 1.5, 2);
        assertThat(LineFinder.lines(detector, f)).anySatisfy(r -> assertThat(r.intersects(new Rectangle(20, 42, 80, 16))).isTrue());
    }

    @Test
    void largeFramesAreReadInTilesThatMeetAtTheSeams() {
        // A line crossing the seam between two 1056 px tiles must still come out as text.
        Gray8 f = TestFrames.text(1400, 120, "SEAM CROSSING NAME 2024-01-01", 24, 900, 70, 10, 240, 1, 3);
        assertThat(detector.detect(f)).anySatisfy(b -> assertThat(b.box().contains(1000, 60)).isTrue());
    }

    @Test
    void a2048FrameIsCutIntoTwoTilesPerSide() {
        assertThat(PpOcrDetector.starts(2048)).containsExactly(0, 992);
        assertThat(PpOcrDetector.starts(1024)).containsExactly(0);
        assertThat(PpOcrDetector.starts(3000)).hasSize(3).startsWith(0).endsWith(3000 - PpOcrDetector.tileSide(3000));
    }

    @Test
    void tilesShareTheSideEvenlyInsteadOfReadingPaddingTwice() {
        // 1536 px (a 2048 px frame read at 0.75): two 800 px tiles, not two of 1056 px (4.5 Mpx for 2.4 Mpx).
        assertThat(PpOcrDetector.tileSide(1536)).isEqualTo(800);
        assertThat(PpOcrDetector.starts(1536)).containsExactly(0, 736);
        assertThat(PpOcrDetector.tileSide(2048)).isEqualTo(1056);
        for (int side : new int[] {1089, 1200, 1536, 2048, 2500, 3000, 4096}) {
            int t = PpOcrDetector.tileSide(side);
            List<Integer> s = PpOcrDetector.starts(side);
            assertThat(t).as("side %d", side).isLessThanOrEqualTo(PpOcrDetector.TILE);
            assertThat(s.get(s.size() - 1) + t).as("side %d covered", side).isEqualTo(side);
            for (int k = 1; k < s.size(); k++) assertThat(s.get(k - 1) + t - s.get(k)).as("overlap at %d", side).isGreaterThanOrEqualTo(PpOcrDetector.OVERLAP);
        }
    }

    @Test
    void aMissingModelIsAClearError() {
        String old = System.getProperty(ModelDirectory.PROPERTY);
        System.setProperty(ModelDirectory.PROPERTY, "/nonexistent/veil-models");
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(PpOcrDetector::new)
                    .isInstanceOf(ModelDirectory.ModelMissingException.class)
                    .hasMessageContaining("ch_PP-OCRv4_det_infer.onnx").hasMessageContaining("./veil setup");
        } finally {
            System.setProperty(ModelDirectory.PROPERTY, old);
        }
    }
}
