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

    @Test
    void confirmsAFirstReadLineThatHoldsText() {
        Gray8 f = TestFrames.text(400, 120, "SMITH JOHN 12345", 20, 30, 60, 30, 220, 3, 1);
        assertThat(TextLikeness.confirms(f, new Rectangle(26, 40, 210, 28))).isTrue();
    }

    @Test
    void doesNotConfirmALineShapedBoxOnSpeckleOrAnatomy() {
        Gray8 us = TestFrames.speckle(640, 480, 4);
        assertThat(TextLikeness.confirms(us, new Rectangle(220, 200, 200, 28))).isFalse();
        Gray8 chest = TestFrames.anatomy(512, 512, 5);
        assertThat(TextLikeness.confirms(chest, new Rectangle(100, 120, 300, 30))).isFalse();
    }

    @Test
    void speckleBesideABrightLineIsNoRemnantOfIt() {
        Gray8 f = TestFrames.text(480, 80, "SMITH JOHN", 22, 20, 48, 0, 255, 1.0, 3);
        Gray8 s = TestFrames.speckle(640, 480, 11);
        for (int y = 0; y < 80; y++) for (int x = 190; x < 480; x++) f.pixels()[y * 480 + x] = s.pixels()[(250 + y) * 640 + 150 + x - 190];
        Rectangle line = new Rectangle(16, 26, 170, 28);
        LineInk ink = TextLikeness.inkOf(f, line);
        TestFrames.fill(f, line, 0);
        assertThat(TextLikeness.remnants(f, List.of(line), List.of(ink))).isEmpty();
    }

    @Test
    void lettersLeftPastAShortBlackoutAreRemnants() {
        Gray8 f = TestFrames.text(480, 80, "SMITH JOHN", 22, 20, 48, 0, 255, 1.0, 3);
        Rectangle whole = new Rectangle(16, 26, 170, 28);
        LineInk ink = TextLikeness.inkOf(f, whole);
        Rectangle shortBox = new Rectangle(16, 26, 90, 28);   // the first read drew the line too short
        TestFrames.fill(f, shortBox, 0);
        assertThat(TextLikeness.remnants(f, List.of(shortBox), List.of(new LineInk(shortBox, ink.bright(), ink.stroke(), ink.contrast()))))
                .isNotEmpty();
    }
}
