package veil.ocr.scan;

import java.nio.file.Path;
import java.util.List;

/**
 * The text lines the cleaner's first read finds in one file, without changing it.
 *
 * @param error why the file could not be scanned (no identifiers in it), or null
 */
public record LineScan(Path file, int frames, List<ScannedLine> lines, String error) {
    public LineScan {
        lines = List.copyOf(lines);
    }
}
