package veil.ocr.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import veil.ocr.detect.Gray8;
import veil.ocr.detect.TesseractEngine;
import veil.ocr.frames.TestFrames;
import veil.ocr.learned.PpOcrDetector;

class LineScannerTest {

    private static PpOcrDetector detector;
    private static TesseractEngine engine;

    @BeforeAll
    static void open() {
        detector = new PpOcrDetector();
        engine = new TesseractEngine();
    }

    @AfterAll
    static void close() {
        detector.close();
        engine.close();
    }

    @Test
    void listsTheDetectorsLineWithWhatTesseractReadsInIt() {
        Gray8 f = TestFrames.text(360, 96, "KOWALSKI 1970", 22, 20, 55, 20, 230, 2, 1);
        List<ScannedLine> lines = LineScanner.lines(List.of(f), detector, engine);
        assertThat(lines).hasSize(1);
        ScannedLine l = lines.get(0);
        assertThat(l.frame()).isZero();
        assertThat(l.box().intersects(new Rectangle(20, 36, 160, 22))).isTrue();
        assertThat(l.box().width).isLessThan(260);   // tightened to the glyphs, not the unclipped detector box
        assertThat(l.text()).contains("KOWALSKI");
        assertThat(l.words()).isPositive();
        assertThat(l.confidence()).isPositive();
    }

    @Test
    void aClipIsReadOnceOnItsMedianWhenTheBannerIsStatic() {
        List<Gray8> clip = new ArrayList<>();
        for (int i = 0; i < 4; i++) clip.add(TestFrames.text(360, 96, "KOWALSKI 1970", 22, 20, 55, 20, 230, 2, i + 1));
        List<ScannedLine> lines = LineScanner.lines(clip, detector, engine);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).frame()).isZero();
    }

    @Test
    void aTextFreeFrameListsNothing() {
        assertThat(LineScanner.lines(List.of(TestFrames.speckle(320, 240, 9)), detector, engine)).isEmpty();
    }
}
