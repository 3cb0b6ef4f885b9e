package veil.audit.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import veil.audit.compare.CategoryScore;
import veil.audit.finding.Finding;
import veil.audit.finding.Severity;
import veil.audit.run.AuditResult;

/** The lines printed at the end of an audit: counts only, never a value or a file name. */
public final class ConsoleSummary {

    private ConsoleSummary() { }

    public static List<String> lines(AuditResult r, Severity failOn) {
        List<String> out = new ArrayList<>();
        long withFindings = r.files().stream().filter(f -> f.worst() != null).count();
        out.add(String.format(Locale.ROOT, "audited %,d files and %,d reports in %.1f s (%.0f files/s, pixels: %s)",
                r.files().size(), r.reports(), r.elapsedNanos() / 1e9, r.filesPerSecond(), r.pixels().name().toLowerCase(Locale.ROOT)));
        Map<Severity, Long> sev = r.bySeverity();
        out.add(String.format(Locale.ROOT, "findings: %d high, %d medium, %d low, %d info; %,d files with findings",
                sev.get(Severity.HIGH), sev.get(Severity.MEDIUM), sev.get(Severity.LOW), sev.get(Severity.INFO), withFindings));
        Map<String, Integer> types = new TreeMap<>();
        for (Finding f : r.findings()) types.merge(f.kind().label() + " " + f.type().label(), 1, Integer::sum);
        if (!types.isEmpty()) {
            StringBuilder b = new StringBuilder("by type:");
            types.forEach((k, v) -> b.append(' ').append(k).append('=').append(v));
            out.add(b.toString());
        }
        if (!r.scores().isEmpty()) {
            out.add(String.format(Locale.ROOT, "comparison with originals: %d matched (%s), %d unmatched", r.matched(), r.matching(), r.unmatched()));
            for (CategoryScore s : r.scores()) {
                out.add(String.format(Locale.ROOT, "  %-24s %6.1f%%  (%d of %d)", s.category().id, 100 * s.score(), s.passed(), s.checks()));
            }
        }
        long failing = r.count(failOn);
        out.add(failing > 0 ? failing + " finding(s) at or above " + failOn.label() + ": exit 3"
                : "clean at --fail-on " + failOn.label() + ": exit 0");
        return out;
    }
}
