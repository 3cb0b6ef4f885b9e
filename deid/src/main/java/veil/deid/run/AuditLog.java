package veil.deid.run;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import veil.deid.keys.KeyedHash;

/**
 * One JSON line per input: a keyed hash of its path (so a reviewer holding the key and the input can match lines,
 * and nobody else can), the status, the output path, action counts and warnings. No value from any file.
 * Appends, so a resumed run adds to the same audit.
 */
final class AuditLog implements Closeable {

    private final AuditLines lines;
    private final BufferedWriter audit;
    private final BufferedWriter quarantine;

    AuditLog(Path auditFile, Path quarantineFile, KeyedHash pathHash) throws IOException {
        this.audit = Files.newBufferedWriter(auditFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        this.quarantine = Files.newBufferedWriter(quarantineFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING);
        this.quarantine.write(AuditLines.QUARANTINE_HEADER);
        this.lines = new AuditLines(pathHash);
    }

    synchronized void record(String relativeInput, FileOutcome outcome) throws IOException {
        if (outcome instanceof FileOutcome.Quarantined q) quarantine.write(AuditLines.quarantineRow(relativeInput, q.reason()));
        audit.write(lines.auditLine(relativeInput, outcome));
    }

    @Override
    public synchronized void close() throws IOException {
        try (audit; quarantine) {
            audit.flush();
            quarantine.flush();
        }
    }
}
