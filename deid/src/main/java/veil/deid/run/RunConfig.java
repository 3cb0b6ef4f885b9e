package veil.deid.run;

import java.nio.file.Path;
import veil.deid.keys.SecretKey;
import veil.deid.pixels.PixelCleaner;
import veil.deid.text.TextCleaner;
import veil.rules.RuleSet;

/**
 * Everything a de-identification run needs.
 *
 * @param pixelCleaner null when OCR is not available (instances that need pixel cleaning are then quarantined)
 * @param durable      fsync every output before it is renamed into place (and the folders and audit at the end), so a
 *                     power cut never leaves a file under its final name that is not whole
 * @param followLinks  walk symbolic links to folders inside IN (otherwise they are listed as not walked)
 * @param waitForLock  wait for another run on the same OUT to finish instead of refusing to start
 */
public record RunConfig(Path input, Path output, SecretKey key, RuleSet rules, int threads, TextCleaner textCleaner,
                        PixelCleaner pixelCleaner, String toolVersion, boolean durable, boolean followLinks,
                        boolean waitForLock) {

    public RunConfig {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
    }

    /** Durable, no links followed, refuse a second run. */
    public RunConfig(Path input, Path output, SecretKey key, RuleSet rules, int threads, TextCleaner textCleaner,
                     PixelCleaner pixelCleaner, String toolVersion) {
        this(input, output, key, rules, threads, textCleaner, pixelCleaner, toolVersion, true, false, false);
    }

    public RunConfig withDurable(boolean d) {
        return new RunConfig(input, output, key, rules, threads, textCleaner, pixelCleaner, toolVersion, d, followLinks, waitForLock);
    }

    public RunConfig withFollowLinks(boolean f) {
        return new RunConfig(input, output, key, rules, threads, textCleaner, pixelCleaner, toolVersion, durable, f, waitForLock);
    }

    public RunConfig withWaitForLock(boolean w) {
        return new RunConfig(input, output, key, rules, threads, textCleaner, pixelCleaner, toolVersion, durable, followLinks, w);
    }

    /** The audit file sits beside OUT, not inside it, so OUT can be released as it is. */
    public Path auditFile() {
        return sibling(".audit.jsonl");
    }

    /** The operator's worklist of files not released (input paths relative to IN and reasons). */
    public Path quarantineList() {
        return sibling(".quarantine.tsv");
    }

    /** Held for the whole run: one run per OUT. */
    public Path lockFile() {
        return sibling(".lock");
    }

    private Path sibling(String suffix) {
        Path abs = output.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + suffix);
    }
}
