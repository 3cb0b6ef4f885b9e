package veil.qa.embeddings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import veil.qa.manifest.Dataset;
import veil.qa.manifest.LabelSet;
import veil.qa.manifest.LabelValue;
import veil.qa.manifest.ManifestException;

/**
 * Joins embeddings to a dataset's images by id (an image's file name without extension, e.g.
 * MIMIC's dicom_id, or its full name) and computes {@link EmbeddingFigures}.
 */
public final class EmbeddingQa {
    /** Smoothing towards the label's prevalence, in neighbour weights (keeps one neighbour from deciding). */
    static final double PRIOR_WEIGHT = 0.5;
    /** A label is judged only when its positives' mean neighbour agreement reaches this (otherwise neighbours outvote every positive). */
    static final double MIN_POSITIVE_AGREEMENT = 0.5;

    /**
     * @param k                  neighbours per image
     * @param duplicateThreshold cosine similarity at or above which two images count as near-duplicates
     * @param maxListed          pairs and suspects listed in the figures
     * @param threads            threads for the neighbour search
     */
    public record Options(int k, double duplicateThreshold, int maxListed, int threads) {
        public Options {
            if (k < 1) throw new IllegalArgumentException("--knn must be at least 1");
            if (!(duplicateThreshold > 0 && duplicateThreshold <= 1)) throw new IllegalArgumentException("--duplicate-threshold must be in (0, 1]");
            if (maxListed < 0) maxListed = 100;
            if (threads <= 0) threads = Runtime.getRuntime().availableProcessors();
        }

        public static Options defaults() { return new Options(10, 0.98, 100, 0); }
    }

    /** The figures and the complete suspect ranking (for the review file). */
    public record Result(EmbeddingFigures figures, List<EmbeddingFigures.Suspect> ranking, NearestNeighbours.Result neighbours,
                         int[] rowOfMatched) {}

    private EmbeddingQa() {}

    /** Image id used to match embeddings: the name after the last '/' without its extension. */
    public static String imageId(String image) {
        String n = image.substring(image.lastIndexOf('/') + 1);
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** Consumes {@code e}'s matrix (rows are moved and normalised in place). */
    public static Result compute(Dataset ds, Embeddings e, Options o, Runnable ticker) {
        long t0 = System.nanoTime();
        Map<String, Integer> byId = new HashMap<>(ds.size() * 2);
        for (int r = 0; r < ds.size(); r++) {
            byId.merge(imageId(ds.image(r)), r, (a, b) -> -1);
            byId.putIfAbsent(ds.image(r), r);
        }
        int dim = e.dim();
        float[] x = e.data();
        int[] rowOf = new int[e.size()];
        boolean[] hasEmbedding = new boolean[ds.size()];
        int m = 0;
        for (int i = 0; i < e.size(); i++) {
            Integer r = byId.get(e.ids()[i]);
            if (r == null || r < 0 || hasEmbedding[r]) continue;
            hasEmbedding[r] = true;
            if (m != i) System.arraycopy(x, i * dim, x, m * dim, dim);
            rowOf[m++] = r;
        }
        if (m < 2) throw new ManifestException("only " + m + " of " + e.size() + " embeddings match an image of the manifest by id "
                + "(the image's file name without extension, e.g. a MIMIC dicom_id)");
        rowOf = Arrays.copyOf(rowOf, m);
        NearestNeighbours.normalise(x, m, dim);
        NearestNeighbours.Result nn = NearestNeighbours.compute(x, m, dim, o.k(), o.threads(), ticker);
        long imagesWithout = 0;
        for (boolean b : hasEmbedding) if (!b) imagesWithout++;
        EmbeddingFigures.Duplicates dup = duplicates(ds, nn, rowOf, o);
        EmbeddingFigures.CrossSplit cross = crossSplit(ds, nn, rowOf, o);
        List<EmbeddingFigures.Suspect> ranking = new ArrayList<>();
        EmbeddingFigures.LabelSuspects sus = suspects(ds, nn, rowOf, o, ranking);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        EmbeddingFigures f = new EmbeddingFigures(e.source(), dim, m, e.size() - m, imagesWithout, nn.k(), o.duplicateThreshold(),
                "exact cosine kNN, " + NearestNeighbours.method(), ms, dup, cross, sus);
        return new Result(f, ranking, nn, rowOf);
    }

    /** Unique pairs (a < b, as matched indices) at or above the threshold. */
    static List<long[]> pairs(NearestNeighbours.Result nn, double thr) {
        Set<Long> seen = new HashSet<>();
        List<long[]> out = new ArrayList<>();
        for (int i = 0; i < nn.n(); i++)
            for (int q = 0; q < nn.k(); q++) {
                int j = nn.neighbour(i, q);
                if (j < 0 || nn.similarity(i, q) < thr) break;
                int a = Math.min(i, j), b = Math.max(i, j);
                if (seen.add(((long) a << 32) | b)) out.add(new long[] {a, b, Float.floatToIntBits(nn.similarity(i, q))});
            }
        out.sort(Comparator.<long[]>comparingDouble(p -> -Float.intBitsToFloat((int) p[2])).thenComparingLong(p -> p[0]).thenComparingLong(p -> p[1]));
        return out;
    }

    static EmbeddingFigures.Pair pair(Dataset ds, int[] rowOf, long[] p) {
        int ra = rowOf[(int) p[0]], rb = rowOf[(int) p[1]];
        return new EmbeddingFigures.Pair(ds.image(ra), ds.image(rb), ds.patient().value(ra), ds.patient().value(rb),
                ds.split().value(ra), ds.split().value(rb), Math.round(Float.intBitsToFloat((int) p[2]) * 1e6) / 1e6);
    }

    static EmbeddingFigures.Duplicates duplicates(Dataset ds, NearestNeighbours.Result nn, int[] rowOf, Options o) {
        List<long[]> ps = pairs(nn, o.duplicateThreshold());
        int[] parent = new int[nn.n()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        long same = 0;
        int[] pat = ds.patient().codes();
        for (long[] p : ps) {
            union(parent, (int) p[0], (int) p[1]);
            if (pat[rowOf[(int) p[0]]] == pat[rowOf[(int) p[1]]]) same++;
        }
        Map<Integer, Integer> groupSize = new HashMap<>();
        for (long[] p : ps) for (int v : new int[] {(int) p[0], (int) p[1]}) groupSize.putIfAbsent(v, 0);
        Map<Integer, Integer> roots = new HashMap<>();
        for (int v : groupSize.keySet()) roots.merge(find(parent, v), 1, Integer::sum);
        long largest = roots.values().stream().mapToLong(Integer::longValue).max().orElse(0);
        List<EmbeddingFigures.Pair> top = new ArrayList<>();
        for (int i = 0; i < Math.min(o.maxListed(), ps.size()); i++) top.add(pair(ds, rowOf, ps.get(i)));
        return new EmbeddingFigures.Duplicates(ps.size(), groupSize.size(), roots.size(), largest, same, ps.size() - same, top,
                ps.size() > o.maxListed());
    }

    static EmbeddingFigures.CrossSplit crossSplit(Dataset ds, NearestNeighbours.Result nn, int[] rowOf, Options o) {
        int[] sp = ds.split().codes(), pat = ds.patient().codes();
        long n = 0, diff = 0;
        Map<String, Long> byPair = new LinkedHashMap<>();
        List<EmbeddingFigures.Pair> top = new ArrayList<>();
        for (long[] p : pairs(nn, o.duplicateThreshold())) {
            int ra = rowOf[(int) p[0]], rb = rowOf[(int) p[1]];
            String a = ds.split().value(ra), b = ds.split().value(rb);
            if (sp[ra] == sp[rb] || !realSplit(a) || !realSplit(b)) continue;
            n++;
            if (pat[ra] != pat[rb]) diff++;
            String key = a.compareTo(b) < 0 ? a + " & " + b : b + " & " + a;
            byPair.merge(key, 1L, Long::sum);
            if (top.size() < o.maxListed()) top.add(pair(ds, rowOf, p));
        }
        return new EmbeddingFigures.CrossSplit(n, diff, n - diff, byPair, top);
    }

    static boolean realSplit(String s) { return !s.equals("all") && !s.equals("unlisted"); }

    static EmbeddingFigures.LabelSuspects suspects(Dataset ds, NearestNeighbours.Result nn, int[] rowOf, Options o,
                                                   List<EmbeddingFigures.Suspect> ranking) {
        LabelSet ls = ds.labelSets().isEmpty() ? null : ds.labelSets().get(0);
        if (ls == null) return null;
        int m = nn.n();
        double[] best = new double[m];
        int[] bestLabel = new int[m];
        double[] bestShare = new double[m];
        Arrays.fill(best, Double.NaN);
        Arrays.fill(bestLabel, -1);
        List<String> checked = new ArrayList<>(), notSeparable = new ArrayList<>();
        Map<String, Long> byLabel = new LinkedHashMap<>();
        boolean[] disagrees = new boolean[m];
        byte[] y = new byte[m];
        int[] study = ds.study().codes();
        double[] share = new double[m], sc = new double[m];
        for (int l = 0; l < ls.labelCount(); l++) {
            byte[] col = ls.column(l);
            long pos = 0, known = 0;
            for (int i = 0; i < m; i++) {
                byte v = col[rowOf[i]];
                y[i] = v == LabelValue.POSITIVE ? 1 : v == LabelValue.UNCERTAIN ? (byte) -1 : 0;
                if (y[i] >= 0) { known++; pos += y[i]; }
            }
            if (pos == 0 || pos == known) continue;
            checked.add(ls.labels().get(l));
            double prior = (double) pos / known;
            double[] classSum = new double[2];
            long[] classN = new long[2];
            for (int i = 0; i < m; i++) {
                if (y[i] < 0) continue;
                double ws = 0, ps = 0;
                for (int q = 0; q < nn.k(); q++) {
                    int j = nn.neighbour(i, q);
                    if (j < 0) break;
                    // images of the same study carry the study's labels by construction (MIMIC, CheXpert): no independent vote
                    if (y[j] < 0 || study[rowOf[j]] == study[rowOf[i]]) continue;
                    double w = Math.max(0, nn.similarity(i, q));
                    ws += w;
                    ps += w * y[j];
                }
                share[i] = (ps + PRIOR_WEIGHT * prior) / (ws + PRIOR_WEIGHT);
                sc[i] = y[i] == 1 ? share[i] : 1 - share[i];
                classSum[y[i]] += sc[i];
                classN[y[i]]++;
            }
            if (classSum[1] / classN[1] < MIN_POSITIVE_AGREEMENT) {
                // the embeddings do not gather this label's positives together: neighbours cannot judge it
                checked.remove(checked.size() - 1);
                notSeparable.add(ls.labels().get(l));
                continue;
            }
            long dis = 0;
            for (int i = 0; i < m; i++) {
                if (y[i] < 0) continue;
                double threshold = classSum[y[i]] / classN[y[i]];
                double score = threshold <= 0 ? 1 : sc[i] / threshold;
                if (sc[i] < 0.5) { dis++; disagrees[i] = true; }
                if (Double.isNaN(best[i]) || score < best[i]) { best[i] = score; bestLabel[i] = l; bestShare[i] = share[i]; }
            }
            byLabel.put(ls.labels().get(l), dis);
        }
        Integer[] order = new Integer[m];
        int judged = 0;
        for (int i = 0; i < m; i++) if (bestLabel[i] >= 0) order[judged++] = i;
        Arrays.sort(order, 0, judged, Comparator.<Integer>comparingDouble(i -> best[i]).thenComparing(i -> ds.image(rowOf[i])));
        long disagreeing = 0;
        for (boolean b : disagrees) if (b) disagreeing++;
        List<EmbeddingFigures.Suspect> top = new ArrayList<>();
        for (int r = 0; r < judged; r++) {
            int i = order[r], row = rowOf[i];
            EmbeddingFigures.Suspect s = new EmbeddingFigures.Suspect(r + 1, ds.image(row), ds.patient().value(row), ds.study().value(row),
                    ds.split().value(row), ls.labels().get(bestLabel[i]), LabelValue.name(ls.column(bestLabel[i])[row]),
                    Math.round(bestShare[i] * 1e4) / 1e4, Math.round(best[i] * 1e4) / 1e4);
            ranking.add(s);
            if (top.size() < o.maxListed()) top.add(s);
        }
        return new EmbeddingFigures.LabelSuspects(ls.labeller(), checked, notSeparable, judged, disagreeing, byLabel, top);
    }

    static int find(int[] p, int v) {
        while (p[v] != v) { p[v] = p[p[v]]; v = p[v]; }
        return v;
    }

    static void union(int[] p, int a, int b) {
        int ra = find(p, a), rb = find(p, b);
        if (ra != rb) p[Math.max(ra, rb)] = Math.min(ra, rb);
    }
}
