package veil.deid.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Locale;
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

    /** One JSON line, ending in a newline: the input's keyed path hash, status, output, counts, warnings; no values. */
    public String auditLine(String relativeInput, FileOutcome outcome) {
        ObjectNode line = json.createObjectNode();
        line.put("input", pathHash.hex(relativeInput, 20));
        line.put("status", outcome.status());
        if (outcome instanceof FileOutcome.Written w) {
            line.put("output", w.output());
            line.put("pixels", w.pixels());
            line.put("pixel_screening", w.screening().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            line.set("actions", json.valueToTree(w.actions()));
            if (!w.warnings().isEmpty()) line.set("warnings", json.valueToTree(w.warnings()));
        } else if (outcome instanceof FileOutcome.AlreadyDone d) {
            line.put("output", d.output());
        } else if (outcome instanceof FileOutcome.Quarantined q) {
            line.put("reason", q.reason());
            if (!q.warnings().isEmpty()) line.set("warnings", json.valueToTree(q.warnings()));
        } else if (outcome instanceof FileOutcome.Skipped s) {
            line.put("reason", s.why());
        }
        try {
            return json.writeValueAsString(line) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The operator's row for a quarantined input: its path relative to IN (tabs and newlines flattened), the reason. */
    public static String quarantineRow(String relativeInput, String reason) {
        return relativeInput.replace('\t', ' ').replace('\n', ' ') + "\t" + reason + "\n";
    }
}
