package veil.deid.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    private final ObjectMapper json = new ObjectMapper();
    private final BufferedWriter audit;
    private final BufferedWriter quarantine;
    private final KeyedHash pathHash;

    AuditLog(Path auditFile, Path quarantineFile, KeyedHash pathHash) throws IOException {
        this.audit = Files.newBufferedWriter(auditFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        this.quarantine = Files.newBufferedWriter(quarantineFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING);
        this.quarantine.write("input\treason\n");
        this.pathHash = pathHash;
    }

    synchronized void record(String relativeInput, FileOutcome outcome) throws IOException {
        ObjectNode line = json.createObjectNode();
        line.put("input", pathHash.hex(relativeInput, 20));
        line.put("status", outcome.status());
        if (outcome instanceof FileOutcome.Written w) {
            line.put("output", w.output());
            line.put("pixels", w.pixels());
            line.put("pixel_screening", w.screening().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            line.set("actions", json.valueToTree(w.actions()));
            if (!w.warnings().isEmpty()) line.set("warnings", json.valueToTree(w.warnings()));
        } else if (outcome instanceof FileOutcome.AlreadyDone d) {
            line.put("output", d.output());
        } else if (outcome instanceof FileOutcome.Quarantined q) {
            line.put("reason", q.reason());
            if (!q.warnings().isEmpty()) line.set("warnings", json.valueToTree(q.warnings()));
            quarantine.write(relativeInput.replace('\t', ' ').replace('\n', ' ') + "\t" + q.reason() + "\n");
        } else if (outcome instanceof FileOutcome.Skipped s) {
            line.put("reason", s.why());
        }
        audit.write(json.writeValueAsString(line));
        audit.newLine();
    }

    @Override
    public synchronized void close() throws IOException {
        try (audit; quarantine) {
            audit.flush();
            quarantine.flush();
        }
    }
}
