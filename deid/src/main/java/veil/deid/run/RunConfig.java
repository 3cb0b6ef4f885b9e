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
 */
public record RunConfig(Path input, Path output, SecretKey key, RuleSet rules, int threads, TextCleaner textCleaner,
                        PixelCleaner pixelCleaner, String toolVersion) {

    public RunConfig {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
    }

    /** The audit file sits beside OUT, not inside it, so OUT can be released as it is. */
    public Path auditFile() {
        return sibling(".audit.jsonl");
    }

    /** The operator's worklist of files not released (input paths relative to IN and reasons). */
    public Path quarantineList() {
        return sibling(".quarantine.tsv");
    }

    private Path sibling(String suffix) {
        Path abs = output.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + suffix);
    }
}
