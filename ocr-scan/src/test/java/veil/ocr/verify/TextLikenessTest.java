package veil.ocr.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.util.List;
import org.junit.jupiter.api.Test;
import veil.ocr.detect.Gray8;
import veil.ocr.frames.TestFrames;

class TextLikenessTest {

    @Test
    void findsAnUnredactedLineOfText() {
        Gray8 f = TestFrames.text(400, 120, "SMITH JOHN 12345", 20, 30, 60, 30, 220, 3, 1);
        List<Rectangle> found = TextLikeness.find(f, List.of());
        assertThat(found).anySatisfy(r -> assertThat(r.intersects(new Rectangle(30, 40, 200, 25))).isTrue());
    }

    @Test
    void findsFaintTextAtTenPercentContrast() {
        Gray8 f = TestFrames.text(400, 120, "DOE 1970-01-02", 16, 20, 60, 100, 126, 2, 2);
        assertThat(TextLikeness.find(f, List.of())).isNotEmpty();
    }

    @Test
    void findsTextRotatedAlongAnEdge() {
        Gray8 h = TestFrames.text(300, 60, "PATIENT ROE", 18, 10, 35, 20, 230, 2, 3);
        Gray8 v = new Gray8(60, 300, new byte[60 * 300]);
        for (int y = 0; y < 60; y++) for (int x = 0; x < 300; x++) v.pixels()[x * 60 + (59 - y)] = h.pixels()[y * 300 + x];
        assertThat(TextLikeness.find(v, List.of())).isNotEmpty();
    }

    @Test
    void passesUltrasoundSpeckle() {
        assertThat(TextLikeness.find(TestFrames.speckle(640, 480, 4), List.of())).isEmpty();
    }

    @Test
    void passesAnatomyEdgesAndGrain() {
        assertThat(TextLikeness.find(TestFrames.anatomy(512, 512, 5), List.of())).isEmpty();
    }

    @Test
    void aBlackedOutLineIsNotText() {
        Gray8 f = TestFrames.text(400, 120, "SMITH JOHN 12345", 20, 30, 60, 30, 220, 3, 6);
        Rectangle box = new Rectangle(25, 38, 230, 30);
        TestFrames.fill(f, box, 0);
        assertThat(TextLikeness.find(f, List.of(box))).isEmpty();
    }
}
