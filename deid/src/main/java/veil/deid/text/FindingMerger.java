package veil.deid.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns what several detectors found into one sorted, non-overlapping list: overlapping findings
 * become one covering both (nothing found is ever dropped), typed by the most confident of them.
 */
final class FindingMerger {
    private FindingMerger() {}

    static List<Finding> merge(List<Finding> found, List<int[]> placeholders) {
        List<Finding> sorted = new ArrayList<>(found.size());
        for (Finding f : found) if (f.length() > 0 && !overlapsAny(f, placeholders)) sorted.add(f);
        sorted.sort(Comparator.comparingInt(Finding::start).thenComparing(Comparator.comparingInt(Finding::end).reversed()));
        List<Finding> out = new ArrayList<>();
        Finding cur = null;
        for (Finding f : sorted) {
            if (cur == null) { cur = f; continue; }
            if (f.start() < cur.end()) {
                Finding lead = f.confidence() > cur.confidence()
                        || (f.confidence() == cur.confidence() && f.length() > cur.length()) ? f : cur;
                cur = new Finding(cur.start(), Math.max(cur.end(), f.end()), lead.type(), lead.confidence(), lead.detector());
            } else {
                out.add(cur);
                cur = f;
            }
        }
        if (cur != null) out.add(cur);
        return out;
    }

    private static boolean overlapsAny(Finding f, List<int[]> spans) {
        for (int[] s : spans) if (f.start() < s[1] && s[0] < f.end()) return true;
        return false;
    }
}
