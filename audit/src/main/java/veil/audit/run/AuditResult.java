package veil.audit.run;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import veil.audit.compare.CategoryScore;
import veil.audit.finding.Finding;
import veil.audit.finding.Severity;

/**
 * Everything one audit found.
 *
 * @param thumbnails  PNGs with boxes drawn, by relative path, for files with pixel findings (the first few hundred)
 * @param scores      per MIDI-B category, empty without {@code --original}
 * @param matching    how originals were matched, or null
 */
public record AuditResult(Path dir, List<Finding> findings, List<FileRecord> files, Map<String, byte[]> thumbnails,
                          List<CategoryScore> scores, String matching, int matched, int unmatched, int reports,
                          int otherFiles, PixelScreening pixels, long elapsedNanos) {

    public long count(Severity atLeast) {
        return findings.stream().filter(f -> f.severity().atLeast(atLeast)).count();
    }

    /** Exit code 3 when anything is at or above {@code failOn}, else 0. */
    public int exitCode(Severity failOn) {
        return count(failOn) > 0 ? 3 : 0;
    }

    public Map<Severity, Long> bySeverity() {
        Map<Severity, Long> m = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) m.put(s, 0L);
        findings.forEach(f -> m.merge(f.severity(), 1L, Long::sum));
        return m;
    }

    public double filesPerSecond() {
        return elapsedNanos == 0 ? 0 : files.size() / (elapsedNanos / 1e9);
    }

    /** Files with findings, worst first (by worst severity, then number of findings). */
    public List<FileRecord> worstFiles() {
        return files.stream().filter(f -> f.worst() != null)
                .sorted(Comparator.comparing(FileRecord::worst).reversed().thenComparing(Comparator.comparingInt(FileRecord::findings).reversed())
                        .thenComparing(FileRecord::file))
                .toList();
    }
}
