package veil.qa.review.app;

import java.nio.file.Path;
import java.util.List;

/** One thing a reviewer judges: a released file spot-checked for leaks, or one label of one image. */
public sealed interface ReviewItem permits ReviewItem.SpotCheck, ReviewItem.LabelCheck {
    String id();

    String stratum();

    /** The images shown, each already resolved inside the sample (or the images folder). */
    List<Image> images();

    /**
     * An image with the boxes blacked out in it.
     *
     * @param file   the resolved file, checked at load time to lie inside its root
     * @param boxes  x, y, width, height in image pixels
     */
    record Image(String label, Path file, int width, int height, List<int[]> boxes) {}

    /** A run of the text flagged by the scanner: [start, end) in UTF-16 units, and its type. */
    record Mark(int start, int end, String type) {}

    /** A released file and what remains in it: its header values and the report excerpt with findings marked. */
    record SpotCheck(String id, String file, String stratum, List<Image> images, List<String[]> fields, String text,
                     List<Mark> marks) implements ReviewItem {}

    /** One label of one image, as {@code veil sample} drew it. */
    record LabelCheck(String id, String labeller, String label, String value, String split, long stratumSize,
                      String image, List<Image> images) implements ReviewItem {
        @Override public String stratum() { return label + " " + value + " " + split; }
    }
}
