package veil.deid.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import veil.deid.keys.KeyedHash;

/**
 * One JSON line per input: a keyed hash of its path (so a reviewer holding the key and the input can match lines,
 * and nobody else can), the status, the output path, action counts and warnings. No value from any file.
 * Appends, so a resumed run adds to the same audit.
 *
 * <p>Crash safety: every line goes to the file in one unbuffered write, and a released file's line is written before the
 * file is renamed into place, so a killed run loses no line of a released file. A torn last line (power cut) is cut
 * off when the next run opens the audit. The lines of written files carry a {@link DoneMarker}; resume trusts an
 * existing output only when its marker matches.
 */
public final class AuditLog implements Closeable, FileProcessor.Recorder {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final FileChannel audit;
    private final FileChannel quarantine;
    private final AuditLines lines;
    private final Map<String, DoneMarker> done;

    AuditLog(Path auditFile, Path quarantineFile, KeyedHash pathHash) throws IOException {
        repairTornTail(auditFile);
        this.done = doneMarkers(auditFile);
        this.audit = FileChannel.open(auditFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        this.quarantine = FileChannel.open(quarantineFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        this.lines = new AuditLines(pathHash);
        write(quarantine, AuditLines.QUARANTINE_HEADER);
    }

    /** The marker an earlier run recorded for this output, if any. */
    @Override
    public DoneMarker doneMarker(String output) {
        return done.get(output);
    }

    void record(String relativeInput, FileOutcome outcome) throws IOException {
        record(relativeInput, outcome, null);
    }

    @Override
    public synchronized void record(String relativeInput, FileOutcome outcome, DoneMarker marker) throws IOException {
        if (outcome instanceof FileOutcome.Quarantined q) write(quarantine, AuditLines.quarantineRow(relativeInput, q.reason()));
        if (outcome instanceof FileOutcome.Skipped s && s.listForOperator()) write(quarantine, AuditLines.quarantineRow(relativeInput, s.why()));
        write(audit, lines.auditLine(relativeInput, outcome, marker));
    }

    /** Makes what was written durable (end of run, or SIGTERM). */
    synchronized void force() throws IOException {
        audit.force(false);
        quarantine.force(false);
    }

    private static void write(FileChannel ch, String s) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(s.getBytes(StandardCharsets.UTF_8));
        while (b.hasRemaining()) ch.write(b);
    }

    /** A line cut short by a crash would corrupt every later append: keep only whole lines. */
    static void repairTornTail(Path file) throws IOException {
        if (!Files.exists(file)) return;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            long keep = size;
            ByteBuffer one = ByteBuffer.allocate(1);
            while (keep > 0) {
                one.clear();
                ch.read(one, keep - 1);
                if (one.get(0) == '\n') break;
                keep--;
            }
            if (keep < size) ch.truncate(keep);
        }
    }

    /** The done markers an audit holds, by output path (for resume, by every runner). */
    public static Map<String, DoneMarker> doneMarkers(Path file) throws IOException {
        Map<String, DoneMarker> markers = new HashMap<>();
        if (!Files.exists(file)) return markers;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String l; (l = r.readLine()) != null; ) {
                if (!l.contains("\"written\"")) continue;
                try {
                    JsonNode n = JSON.readTree(l);
                    if ("written".equals(n.path("status").asText()) && n.has("size") && n.has("head_crc32c")) {
                        markers.put(n.get("output").asText(), new DoneMarker(n.get("size").asLong(),
                                Long.parseUnsignedLong(n.get("head_crc32c").asText(), 16)));
                    }
                } catch (IOException | RuntimeException e) {
                    // a line this version cannot read gives no marker: its output is done again
                }
            }
        }
        return markers;
    }

    @Override
    public synchronized void close() throws IOException {
        try (audit; quarantine) {
            force();
        }
    }
}
