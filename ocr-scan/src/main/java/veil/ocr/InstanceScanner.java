package veil.ocr;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.TagFromName;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import veil.ocr.detect.DecodedFrames;
import veil.ocr.detect.TesseractEngine;
import veil.ocr.detect.TextDetector;
import veil.ocr.detect.WordBox;

/** Reads the burned-in text of DICOM files, frame by frame, for listing (nothing is written). */
public final class InstanceScanner {

    private InstanceScanner() { }

    public static InstanceScan scan(Path file, TesseractEngine engine) {
        AttributeList list = new AttributeList();
        try {
            list.read(file.toFile());
        } catch (IOException | DicomException | RuntimeException e) {
            return new InstanceScan(file, 0, List.of(), "not readable as DICOM (" + e.getClass().getSimpleName() + ")");
        }
        if (list.get(TagFromName.PixelData) == null) return new InstanceScan(file, 0, List.of(), "no pixel data");
        try {
            DecodedFrames frames = DecodedFrames.of(list);
            List<WordBox> words = new ArrayList<>();
            for (int f = 0; f < frames.count(); f++) words.addAll(TextDetector.detect(frames.render(f), f, engine));
            return new InstanceScan(file, frames.count(), words, null);
        } catch (DicomException | RuntimeException e) {
            String ts = com.pixelmed.dicom.Attribute.getSingleStringValueOrEmptyString(list, TagFromName.TransferSyntaxUID);
            return new InstanceScan(file, 0, List.of(), "pixel data could not be decoded (transfer syntax " + ts + ")");
        }
    }
}
