package veil.audit.run;

import java.nio.file.Path;
import veil.rules.PixelPolicy;

/**
 * What to audit and how.
 *
 * @param reports       a .txt folder or CSV of report texts, or null
 * @param reportColumn  the CSV's text column (CSV only)
 * @param reportId      the CSV's id column, or null (then: row numbers)
 * @param original      the folder the audited one was made from, for the comparison checks, or null
 * @param key           the key file the de-identification used, to match files by their new UIDs, or null
 * @param pixelMode     the pixel policy's reading: {@code ALL} text counts, or only the instance's identifiers
 * @param threads       worker threads (0: the machine's cores)
 */
public record AuditOptions(Path dir, Path reports, String reportColumn, String reportId, Path original, Path key,
                           PixelScreening pixels, PixelPolicy.Mode pixelMode, int threads) {

    public static AuditOptions headersOnly(Path dir) {
        return new AuditOptions(dir, null, null, null, null, null, PixelScreening.NONE, PixelPolicy.Mode.ALL, 0);
    }

    public int threadCount() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
