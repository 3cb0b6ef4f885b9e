package veil.ocr.review;

import com.pixelmed.dicom.AttributeList;
import java.awt.Rectangle;
import java.util.List;
import veil.ocr.detect.Gray8;

/** Receives the first frame of each redacted instance before and after, for human spot-checks. */
@FunctionalInterface
public interface ReviewSink {

    ReviewSink NONE = (original, before, boxes, after) -> { };

    void redacted(AttributeList original, Gray8 before, List<Rectangle> boxes, Gray8 after);
}
