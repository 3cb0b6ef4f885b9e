package veil.ocr;

import java.nio.file.Path;
import java.util.List;
import veil.ocr.detect.WordBox;

/**
 * The text read in one file, without changing it.
 *
 * @param error why the file could not be scanned (no identifiers in it), or null
 */
public record InstanceScan(Path file, int frames, List<WordBox> words, String error) {
    public InstanceScan {
        words = List.copyOf(words);
    }
}
