package veil.audit.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import veil.audit.compare.CategoryScore;
import veil.audit.finding.Finding;
import veil.audit.finding.Severity;
import veil.audit.pixels.Thumbnail;
import veil.audit.run.AuditResult;
import veil.audit.run.FileRecord;

/**
 * The audit page: one self-contained file (inline CSS in the datasheet's house style, thumbnails as data URIs, no
 * scripts, nothing fetched), every value escaped. Counts by kind and type, the comparison scores, worst files first
 * with their findings' locations and checks. No evidence: that is in the JSON only, masked.
 */
public final class AuditHtml {

    static final int MAX_FILES = 200;

    private AuditHtml() { }

    /** @param reviewBound the bound reached by the spot-check review (from LeakBound), or null before review */
    public static void write(AuditResult r, Severity failOn, String reviewBound, Path out) throws IOException {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Veil audit: ")
                .append(esc(name(r))).append("</title><style>").append(css()).append("</style></head><body><main>");
        h.append("<h1>Release audit: ").append(esc(name(r))).append("</h1>");
        h.append("<p class=\"sub\">").append(String.format(Locale.ROOT, "%,d files, %,d reports, %.1f s (%.0f files/s), pixels screened: %s",
                r.files().size(), r.reports(), r.elapsedNanos() / 1e9, r.filesPerSecond(), r.pixels().name().toLowerCase(Locale.ROOT)))
                .append("</p>");
        long failing = r.count(failOn);
        h.append("<p class=\"verdict ").append(failing > 0 ? "fail" : "pass").append("\">")
                .append(failing > 0 ? esc(failing + " finding(s) at or above " + failOn.label() + ": not ready for release")
                        : esc("no findings at or above " + failOn.label()))
                .append("</p>");
        if (reviewBound != null) h.append("<p class=\"verdict\">Spot-check review: ").append(esc(reviewBound)).append("</p>");
        h.append("<div class=\"kpis\">");
        for (var e : r.bySeverity().entrySet()) {
            h.append("<div class=\"kpi\"><b>").append(e.getValue()).append("</b><span>").append(e.getKey().label()).append("</span></div>");
        }
        long filesWith = r.files().stream().filter(f -> f.worst() != null).count();
        h.append("<div class=\"kpi\"><b>").append(filesWith).append("</b><span>files with findings</span></div></div>");

        h.append("<h2>Findings by kind and type</h2><table><tr><th class=\"l\">kind</th><th class=\"l\">type</th>");
        for (Severity s : Severity.values()) h.append("<th>").append(s.label()).append("</th>");
        h.append("<th>files</th></tr>");
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, java.util.Set<String>> files = new TreeMap<>();
        for (Finding f : r.findings()) {
            String k = f.kind().label() + "\t" + f.type().label();
            counts.computeIfAbsent(k, x -> new long[Severity.values().length])[f.severity().ordinal()]++;
            files.computeIfAbsent(k, x -> new java.util.HashSet<>()).add(f.file());
        }
        for (var e : counts.entrySet()) {
            String[] kt = e.getKey().split("\t");
            h.append("<tr><td class=\"l\">").append(esc(kt[0])).append("</td><td class=\"l\">").append(esc(kt[1])).append("</td>");
            for (long n : e.getValue()) h.append("<td class=\"num\">").append(n == 0 ? "" : n).append("</td>");
            h.append("<td class=\"num\">").append(files.get(e.getKey()).size()).append("</td></tr>");
        }
        h.append("</table>");

        if (!r.scores().isEmpty()) {
            h.append("<h2>Comparison with the originals</h2><p class=\"note\">").append(esc(r.matched() + " files matched by "
                    + r.matching() + ", " + r.unmatched() + " unmatched (not scored). Check types after the MIDI-B scoring script."))
                    .append("</p><table><tr><th class=\"l\">category</th><th class=\"l\">what passes</th><th>checks</th><th>passed</th><th>score</th></tr>");
            for (CategoryScore s : r.scores()) {
                h.append("<tr><td class=\"l\">").append(esc(s.category().id)).append("</td><td class=\"l\">").append(esc(s.category().meaning))
                        .append("</td><td class=\"num\">").append(s.checks()).append("</td><td class=\"num\">").append(s.passed())
                        .append("</td><td class=\"num\">").append(String.format(Locale.ROOT, "%.1f%%", 100 * s.score())).append("</td></tr>");
            }
            h.append("</table>");
        }

        List<FileRecord> worst = r.worstFiles();
        h.append("<h2>Files with findings, worst first</h2>");
        if (worst.isEmpty()) h.append("<p>None.</p>");
        if (worst.size() > MAX_FILES) h.append("<p class=\"note\">The first ").append(MAX_FILES).append(" of ").append(worst.size()).append("; all are in the JSON.</p>");
        Map<String, List<Finding>> byFile = new TreeMap<>();
        for (Finding f : r.findings()) byFile.computeIfAbsent(f.file(), x -> new ArrayList<>()).add(f);
        h.append("<div class=\"scroll\"><table><tr><th class=\"l\">file</th><th class=\"l\">worst</th><th>findings</th><th class=\"l\">where and what</th><th class=\"l\">pixels</th></tr>");
        for (FileRecord f : worst.subList(0, Math.min(MAX_FILES, worst.size()))) {
            h.append("<tr><td class=\"l\">").append(esc(f.file())).append("</td><td class=\"l sev-").append(f.worst().label()).append("\">")
                    .append(f.worst().label()).append("</td><td class=\"num\">").append(f.findings()).append("</td><td class=\"l\"><details><summary>")
                    .append(esc(summary(byFile.getOrDefault(f.file(), List.of())))).append("</summary><ul>");
            List<Finding> fs = byFile.getOrDefault(f.file(), List.of());
            for (Finding x : fs.subList(0, Math.min(50, fs.size()))) {
                h.append("<li>").append(esc(x.severity().label() + " " + x.type().label() + " at " + x.location() + ": " + x.check())).append("</li>");
            }
            h.append("</ul></details></td><td class=\"l\">");
            byte[] png = r.thumbnails().get(f.file());
            if (png != null) h.append("<img class=\"thumb\" alt=\"pixel findings\" src=\"").append(Thumbnail.dataUri(png)).append("\">");
            h.append("</td></tr>");
        }
        h.append("</table></div>");
        h.append("<p class=\"note\">Generated by veil audit. Evidence (masked) is in the JSON only. Checks: see audit/README.md.</p>");
        h.append("</main></body></html>\n");
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(tmp, h, StandardCharsets.UTF_8);
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String summary(List<Finding> fs) {
        Map<String, Integer> types = new TreeMap<>();
        for (Finding f : fs) types.merge(f.type().label(), 1, Integer::sum);
        StringBuilder s = new StringBuilder();
        types.forEach((k, v) -> s.append(s.length() == 0 ? "" : ", ").append(k).append(" ").append(v));
        return s.toString();
    }

    private static String name(AuditResult r) {
        return r.dir().getFileName() == null ? r.dir().toString() : r.dir().getFileName().toString();
    }

    private static String css() throws IOException {
        try (InputStream in = AuditHtml.class.getResourceAsStream("/veil/audit/style.css")) {
            if (in == null) throw new IllegalStateException("style.css missing from the audit jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
