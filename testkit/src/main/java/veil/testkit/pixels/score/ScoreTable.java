package veil.testkit.pixels.score;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Markdown tables over scored images, the same columns for every set, so the tuning set's upper bound and the
 * independent set's figures sit side by side. Boxes are counted per frame they appear in.
 */
public final class ScoreTable {

    private ScoreTable() { }

    public static final String HEADER = "| %s | images | PHI boxes >= 12 px | hidden | PHI boxes 10-11 px | hidden "
            + "| outside changed mean | outside max | outside lines mean | beyond 4 px mean | quarantined | released with PHI | CPU s/image |%n";

    /** One row per value of the facet, plus a total row; images without that facet (text-free) are left out. */
    public static String by(String facet, List<ImageResult> results) {
        Map<String, List<ImageResult>> groups = new TreeMap<>(ScoreTable::naturalOrder);
        for (ImageResult r : results) {
            String v = r.facets().get(facet);
            if (v != null && !r.textFree()) groups.computeIfAbsent(v, k -> new ArrayList<>()).add(r);
        }
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, HEADER, facet));
        b.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (var e : groups.entrySet()) b.append(row(e.getKey(), e.getValue()));
        b.append(row("**all with text**", results.stream().filter(r -> !r.textFree()).toList()));
        return b.toString();
    }

    public static String row(String label, List<ImageResult> rs) {
        long n12 = 0, h12 = 0, n10 = 0, h10 = 0, q = 0, leaked = 0, cpu = 0;
        double out = 0, outMax = 0, outLines = 0, outFar = 0;
        for (ImageResult r : rs) {
            for (BoxResult b : r.boxes()) {
                if (!b.truth().phi()) continue;
                if (b.truth().textPx() >= 12) { n12++; if (b.hidden()) h12++; }
                else { n10++; if (b.hidden()) h10++; }
            }
            out += r.outsideShare();
            outLines += r.outsideLinesShare();
            outFar += r.outsideFarShare();
            outMax = Math.max(outMax, r.outsideShare());
            if (r.quarantined()) q++;
            if (r.releasedWithPhi()) leaked++;
            cpu += r.cpuNanos();
        }
        int n = Math.max(1, rs.size());
        return String.format(Locale.ROOT, "| %s | %d | %d | %s | %d | %s | %.2f%% | %.2f%% | %.2f%% | %.2f%% | %d | %d | %.2f |%n", label,
                rs.size(), n12, pct(h12, n12), n10, pct(h10, n10), 100 * out / n, 100 * outMax, 100 * outLines / n, 100 * outFar / n, q, leaked, cpu / 1e9 / n);
    }

    /**
     * The images released with a PHI box not hidden (the fail-closed failures), one row each: which image and the
     * geometry of its worst box, never the text.
     */
    public static String releasedWithPhi(List<ImageResult> results) {
        StringBuilder b = new StringBuilder("| released with PHI | style | text size | modality | pixels | PHI boxes not hidden | least blacked |\n");
        b.append("|---|---|---|---|---|---:|---:|\n");
        for (ImageResult r : results) {
            if (!r.releasedWithPhi()) continue;
            List<BoxResult> open = r.boxes().stream().filter(x -> x.truth().phi() && !x.hidden()).toList();
            double least = open.stream().mapToDouble(BoxResult::blackedShare).min().orElse(1);
            Map<String, String> f = r.facets();
            b.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %d | %.0f%% |%n", f.getOrDefault("image", "?"),
                    f.getOrDefault("style", "-"), f.getOrDefault("text size", "-"), f.getOrDefault("modality", "-"),
                    f.getOrDefault("pixels", "-"), open.size(), 100 * least));
        }
        return b.toString();
    }

    /** Text-free images: every quarantine and every changed pixel is a false alarm. */
    public static String textFree(List<ImageResult> results) {
        List<ImageResult> free = results.stream().filter(ImageResult::textFree).toList();
        long q = free.stream().filter(ImageResult::quarantined).count();
        long changed = free.stream().filter(r -> r.outsideChanged() > 0).count();
        double mean = free.stream().mapToDouble(ImageResult::outsideShare).average().orElse(0);
        double max = free.stream().mapToDouble(ImageResult::outsideShare).max().orElse(0);
        StringBuilder b = new StringBuilder("| text-free images | quarantined | pixels changed | changed mean | changed max |\n");
        b.append("|---:|---:|---:|---:|---:|\n");
        b.append(String.format(Locale.ROOT, "| %d | %d | %d | %.2f%% | %.2f%% |%n", free.size(), q, changed, 100 * mean, 100 * max));
        return b.toString();
    }

    /** Images per second per core (one thread, CPU time) by pixel size, text-free included. */
    public static String throughput(List<ImageResult> results) {
        Map<String, long[]> by = new LinkedHashMap<>();
        for (ImageResult r : results) {
            long[] a = by.computeIfAbsent(r.facets().getOrDefault("pixels", "?"), k -> new long[2]);
            a[0]++;
            a[1] += r.cpuNanos();
        }
        StringBuilder b = new StringBuilder("| pixel size | images | CPU s/image | images/s per core |\n|---|---:|---:|---:|\n");
        new TreeMap<>(by).forEach((k, a) -> b.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f |%n", k, a[0],
                a[1] / 1e9 / a[0], a[0] / (a[1] / 1e9))));
        return b.toString();
    }

    /** Share of identifying boxes (>= 12 px) hidden over all images with text. */
    public static double recall12(List<ImageResult> rs) {
        long n = 0, h = 0;
        for (ImageResult r : rs) {
            for (BoxResult b : r.boxes()) {
                if (!b.truth().phi() || b.truth().textPx() < 12) continue;
                n++;
                if (b.hidden()) h++;
            }
        }
        return n == 0 ? 1 : (double) h / n;
    }

    private static String pct(long h, long n) {
        return n == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * h / n);
    }

    /** "10-11 px" before "12-15 px", "512²" before "1024²": compare leading numbers, then text. */
    private static int naturalOrder(String a, String b) {
        long na = lead(a), nb = lead(b);
        return na != nb ? Long.compare(na, nb) : a.compareTo(b);
    }

    private static long lead(String s) {
        int i = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
        return i == 0 ? Long.MAX_VALUE : Long.parseLong(s.substring(0, Math.min(i, 18)));
    }
}
