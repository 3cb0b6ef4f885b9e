package veil.testkit.dicom;

import java.nio.file.Path;

/**
 * A seeded identifying string found where it must not be.
 *
 * @param inPath true when found in the file's path (relative to the scanned folder), false when in its bytes
 */
public record PhiLeak(Path file, SeededPhi phi, boolean inPath) {
    @Override
    public String toString() {
        return (inPath ? "path of " : "bytes of ") + file + ": " + phi.kind() + " '" + phi.value() + "'";
    }
}
