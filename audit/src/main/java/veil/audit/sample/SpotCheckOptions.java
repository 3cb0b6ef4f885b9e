package veil.audit.sample;

import java.nio.file.Path;

/**
 * A spot-check sample's request.
 *
 * @param auditJson   the audit of {@code dir} (findings and per-file strata)
 * @param original    the originals, for "before" images, or null
 * @param key         the de-identification key, to match originals exactly, or null (then: pixel hash)
 */
public record SpotCheckOptions(Path auditJson, Path dir, Path out, Path original, Path key, long seed,
                               double maxLeakRate, double confidence) { }
