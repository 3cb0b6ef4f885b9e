package veil.deid.run;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import veil.deid.keys.KeyedHash;

/**
 * The text of the audit ({@code OUT.audit.jsonl}) and the quarantine list ({@code OUT.quarantine.tsv}), one line per
 * input, so that every runner (local, Beam) writes the same lines. Thread-safe.
 */
public final class AuditLines {

    public static final String QUARANTINE_HEADER = "input\treason\n";

    private final ObjectMapper json = new ObjectMapper();
    private final KeyedHash pathHash;

    /** @param pathHash the run key's {@code path} purpose: inputs are named by a keyed hash of their path */
    public AuditLines(KeyedHash pathHash) {
        this.pathHash = pathHash;
    }

    /**
     * One JSON line, ending in a newline: the input's keyed path hash, status, output, counts, warnings; no values.
     * Streams through a generator (no tree per line): the audit line was a quarter of the per-file CPU of a
     * header-only run.
     */
    public String auditLine(String relativeInput, FileOutcome outcome) {
        return auditLine(relativeInput, outcome, null);
    }

    /** @param marker for a written output: its size and header CRC, so a later run can tell it is whole */
    public String auditLine(String relativeInput, FileOutcome outcome, DoneMarker marker) {
        StringWriter text = new StringWriter(256);
        try (JsonGenerator g = json.getFactory().createGenerator(text)) {
            g.writeStartObject();
            g.writeStringField("input", pathHash.hex(relativeInput, 20));
            g.writeStringField("status", outcome.status());
            if (outcome instanceof FileOutcome.Written w) {
                g.writeStringField("output", w.output());
                if (marker != null) {
                    g.writeNumberField("size", marker.size());
                    g.writeStringField("head_crc32c", Long.toHexString(marker.headCrc()));
                }
                g.writeStringField("pixels", w.pixels());
                g.writeStringField("pixel_screening", w.screening().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                g.writeObjectFieldStart("actions");
                for (Map.Entry<String, Integer> e : w.actions().entrySet()) g.writeNumberField(e.getKey(), e.getValue());
                g.writeEndObject();
                warnings(g, w.warnings());
            } else if (outcome instanceof FileOutcome.AlreadyDone d) {
                g.writeStringField("output", d.output());
            } else if (outcome instanceof FileOutcome.Quarantined q) {
                g.writeStringField("reason", q.reason());
                warnings(g, q.warnings());
            } else if (outcome instanceof FileOutcome.Skipped s) {
                g.writeStringField("reason", s.why());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.append('\n').toString();
    }

    private static void warnings(JsonGenerator g, List<String> warnings) throws IOException {
        if (warnings.isEmpty()) return;
        g.writeArrayFieldStart("warnings");
        for (String w : warnings) g.writeString(w);
        g.writeEndArray();
    }

    /** The operator's row for a quarantined input: its path relative to IN (tabs and newlines flattened), the reason. */
    public static String quarantineRow(String relativeInput, String reason) {
        return relativeInput.replace('\t', ' ').replace('\n', ' ') + "\t" + reason + "\n";
    }
}
