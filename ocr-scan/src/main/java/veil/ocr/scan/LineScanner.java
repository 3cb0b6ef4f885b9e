package veil.ocr.scan;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.TagFromName;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import veil.ocr.decode.ExtendedJpeg;
import veil.ocr.detect.DecodedFrames;
import veil.ocr.detect.Gray8;
import veil.ocr.detect.TesseractEngine;
import veil.ocr.detect.TextDetector;
import veil.ocr.detect.WordBox;
import veil.ocr.learned.LineFinder;
import veil.ocr.learned.PpOcrDetector;
import veil.ocr.multiframe.StaticBanner;

/**
 * Lists what the pixel cleaner acts on: the learned detector's text lines (as {@code OcrPixelCleaner}'s first read
 * finds them: single frames whole, clips on their temporal median plus each frame whose banner changed), each with
 * Tesseract's reading of the line's crop. Nothing is written.
 */
public final class LineScanner {

    private LineScanner() { }

    public static LineScan scan(Path file, PpOcrDetector detector, TesseractEngine engine) {
        AttributeList list = new AttributeList();
        try {
            list.read(file.toFile());
        } catch (IOException | DicomException | RuntimeException e) {
            return new LineScan(file, 0, List.of(), "not readable as DICOM (" + e.getClass().getSimpleName() + ")");
        }
        if (list.get(TagFromName.PixelData) == null) return new LineScan(file, 0, List.of(), "no pixel data");
        String ts = Attribute.getSingleStringValueOrEmptyString(list, TagFromName.TransferSyntaxUID);
        DecodedFrames frames;
        try {
            frames = DecodedFrames.of(ExtendedJpeg.decoded(list).orElse(list));
        } catch (DicomException | IOException | RuntimeException | OutOfMemoryError e) {
            return new LineScan(file, 0, List.of(), "pixel data could not be decoded (transfer syntax " + ts + ")");
        }
        try {
            List<Gray8> rendered = new ArrayList<>(frames.count());
            for (int f = 0; f < frames.count(); f++) rendered.add(frames.render(f));
            return new LineScan(file, rendered.size(), lines(rendered, detector, engine), null);
        } catch (RuntimeException e) {
            return new LineScan(file, 0, List.of(), "pixel data could not be scanned (transfer syntax " + ts + ", "
                    + e.getClass().getSimpleName() + ")");
        }
    }

    static List<ScannedLine> lines(List<Gray8> rendered, PpOcrDetector detector, TesseractEngine engine) {
        List<ScannedLine> out = new ArrayList<>();
        if (rendered.size() == 1) {
            read(rendered.get(0), 0, LineFinder.lines(detector, rendered.get(0)), engine, out);
            return out;
        }
        Gray8 median = StaticBanner.median(rendered);
        List<Rectangle> banner = LineFinder.lines(detector, median);
        read(median, 0, banner, engine, out);
        for (int f : StaticBanner.changedFrames(rendered, median, banner)) {
            read(rendered.get(f), f, LineFinder.lines(detector, rendered.get(f)), engine, out);
        }
        return out;
    }

    private static void read(Gray8 frame, int index, List<Rectangle> boxes, TesseractEngine engine, List<ScannedLine> out) {
        int[] lineBase = {0};
        for (Rectangle box : boxes) {
            List<WordBox> words = TextDetector.readRegion(frame, box, index, engine, lineBase, 0);
            StringBuilder text = new StringBuilder();
            double conf = 0;
            for (WordBox w : words) {
                if (!text.isEmpty()) text.append(' ');
                text.append(w.text());
                conf += w.confidence();
            }
            out.add(new ScannedLine(index, box, text.toString(), words.isEmpty() ? 0f : (float) (conf / words.size()), words.size()));
        }
    }
}
