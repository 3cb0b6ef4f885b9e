package veil.audit.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import veil.audit.compare.CategoryScore;
import veil.audit.finding.Finding;
import veil.audit.finding.Severity;
import veil.audit.run.AuditResult;
import veil.audit.run.FileRecord;

/**
 * The audit JSON: the only place with (masked) evidence. Streamed, so a million findings do not sit in a tree;
 * written to a temporary name and renamed. {@link #readFiles} reads back the per-file records for the spot-check sample.
 */
public final class AuditJson {

    private AuditJson() { }

    public static void write(AuditResult r, Severity failOn, Path out) throws IOException {
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(tmp);
             JsonGenerator g = new JsonFactory().createGenerator(os, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("tool", "veil audit");
            g.writeStringField("folder", r.dir().getFileName() == null ? r.dir().toString() : r.dir().getFileName().toString());
            g.writeNumberField("files", r.files().size());
            g.writeNumberField("reports", r.reports());
            g.writeNumberField("otherFiles", r.otherFiles());
            g.writeStringField("pixels", r.pixels().name().toLowerCase(java.util.Locale.ROOT));
            g.writeStringField("failOn", failOn.label());
            g.writeNumberField("exitCode", r.exitCode(failOn));
            g.writeNumberField("seconds", r.elapsedNanos() / 1e9);
            g.writeObjectFieldStart("bySeverity");
            for (var e : r.bySeverity().entrySet()) g.writeNumberField(e.getKey().label(), e.getValue());
            g.writeEndObject();
            if (!r.scores().isEmpty()) {
                g.writeObjectFieldStart("comparison");
                g.writeStringField("matchedBy", r.matching());
                g.writeNumberField("matched", r.matched());
                g.writeNumberField("unmatched", r.unmatched());
                g.writeArrayFieldStart("scores");
                for (CategoryScore s : r.scores()) {
                    g.writeStartObject();
                    g.writeStringField("category", s.category().id);
                    g.writeNumberField("checks", s.checks());
                    g.writeNumberField("passed", s.passed());
                    g.writeNumberField("score", s.score());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeArrayFieldStart("findings");
            for (Finding f : r.findings()) {
                g.writeStartObject();
                g.writeStringField("file", f.file());
                g.writeStringField("kind", f.kind().label());
                g.writeStringField("location", f.location());
                g.writeStringField("type", f.type().label());
                g.writeStringField("evidence", f.evidence());
                g.writeStringField("severity", f.severity().label());
                g.writeStringField("check", f.check());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("fileRecords");
            for (FileRecord f : r.files()) {
                g.writeStartObject();
                g.writeStringField("file", f.file());
                g.writeStringField("modality", f.modality());
                g.writeStringField("manufacturer", f.manufacturer());
                g.writeStringField("model", f.model());
                g.writeStringField("pixelOutcome", f.pixelOutcome());
                g.writeNumberField("findings", f.findings());
                g.writeStringField("worst", f.worst() == null ? "" : f.worst().label());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A finding as read back (for the sample: pixel boxes and marks). */
    public record ReadFinding(String file, String kind, String location, String type, String severity) { }

    public record Read(List<FileRecord> files, List<ReadFinding> findings) { }

    public static Read read(Path json) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json.toFile());
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException("not an audit JSON: " + json.getFileName());
        }
        if (root == null || !root.has("fileRecords")) throw new IOException("not an audit JSON (no fileRecords): " + json.getFileName());
        List<FileRecord> files = new ArrayList<>();
        for (JsonNode n : root.get("fileRecords")) {
            String worst = n.path("worst").asText("");
            files.add(new FileRecord(n.path("file").asText(), n.path("modality").asText(""), n.path("manufacturer").asText(""),
                    n.path("model").asText(""), n.path("pixelOutcome").asText(""), n.path("findings").asInt(),
                    worst.isEmpty() ? null : Severity.parse(worst)));
        }
        List<ReadFinding> findings = new ArrayList<>();
        for (JsonNode n : root.path("findings")) {
            findings.add(new ReadFinding(n.path("file").asText(), n.path("kind").asText(), n.path("location").asText(),
                    n.path("type").asText(), n.path("severity").asText()));
        }
        return new Read(files, findings);
    }
}
