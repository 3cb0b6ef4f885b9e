package veil.deid.run;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Counts at the end of a run; {@code exitCode} follows the documented convention (0 ok, 2 some quarantined or some
 * part of IN not walked).
 *
 * @param skipped                      not DICOM, DICOMDIR, and the {@code notWalked} entries
 * @param notWalked                    symbolic links to folders, unreadable folders, link loops: listed for the operator
 * @param writtenWithoutPixelScreening released instances that have pixel data which was not screened for burned-in text
 */
public record RunSummary(long inputs, long written, long alreadyDone, long skipped, long quarantined, long notWalked,
                         long writtenWithoutPixelScreening, Duration elapsed, Path audit, Path quarantineList) {

    public int exitCode() {
        return quarantined > 0 || notWalked > 0 ? 2 : 0;
    }
}
