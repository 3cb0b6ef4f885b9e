package veil.qa.review;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import veil.qa.stats.Agreement;
import veil.qa.stats.FiguresJson;

/**
 * What the review app's verdicts add up to, per kind of sample: how many items each reviewer judged and how,
 * Cohen's kappa for every pair of reviewers over the items both judged, and for a spot-check the bound on the
 * leak rate reached. An item counts as failed when any reviewer failed it: one person seeing a leak is enough.
 */
public record ReviewExport(List<KindSummary> samples, List<ItemVerdict> verdicts) {

    public static final String SPOT_CHECK = "spot-check";
    public static final String LABEL = "label";

    /** The verdict vocabulary of a kind of item, in table order. */
    public static List<String> vocabulary(String kind) {
        return SPOT_CHECK.equals(kind) ? List.of("pass", "fail") : List.of("correct", "wrong", "unsure");
    }

    /**
     * @param items          items of this kind the served samples hold (0 when unknown)
     * @param reviewedItems  items with at least one verdict
     * @param bound          spot-check only: the leak-rate bound at 95%; null for labels
     */
    public record KindSummary(String kind, long items, long reviewedItems, long verdicts, List<ReviewerSummary> reviewers,
                              List<PairAgreement> agreement, LeakBound bound, String boundStatement) {}

    public record ReviewerSummary(String reviewer, long reviewed, Map<String, Long> verdicts) {}

    /** Kappa of two reviewers over the items both judged; NaN (null in JSON) when they share none. */
    public record PairAgreement(String reviewerA, String reviewerB, long itemsInCommon, double observed, double kappa) {}

    public static ReviewExport of(List<ItemVerdict> verdicts, Map<String, Long> itemCounts) {
        Map<String, List<ItemVerdict>> byKind = new TreeMap<>();
        for (ItemVerdict v : verdicts) byKind.computeIfAbsent(v.kind(), k -> new ArrayList<>()).add(v);
        for (String k : itemCounts.keySet()) byKind.computeIfAbsent(k, x -> new ArrayList<>());
        List<KindSummary> out = new ArrayList<>();
        for (Map.Entry<String, List<ItemVerdict>> e : byKind.entrySet())
            out.add(summarise(e.getKey(), e.getValue(), itemCounts.getOrDefault(e.getKey(), 0L)));
        return new ReviewExport(out, verdicts);
    }

    static KindSummary summarise(String kind, List<ItemVerdict> vs, long items) {
        List<String> vocab = vocabulary(kind);
        // reviewer -> item -> verdict index
        Map<String, Map<String, Integer>> byReviewer = new TreeMap<>();
        Map<String, Boolean> failedItems = new TreeMap<>();
        for (ItemVerdict v : vs) {
            int idx = vocab.indexOf(v.verdict());
            if (idx < 0) continue; // not of this kind's vocabulary: the app never writes one
            byReviewer.computeIfAbsent(v.reviewer(), r -> new TreeMap<>()).put(v.itemId(), idx);
            failedItems.merge(v.itemId(), "fail".equals(v.verdict()), Boolean::logicalOr);
        }
        List<ReviewerSummary> reviewers = new ArrayList<>();
        for (Map.Entry<String, Map<String, Integer>> r : byReviewer.entrySet()) {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String w : vocab) counts.put(w, 0L);
            for (int idx : r.getValue().values()) counts.merge(vocab.get(idx), 1L, Long::sum);
            reviewers.add(new ReviewerSummary(r.getKey(), r.getValue().size(), counts));
        }
        List<String> names = new ArrayList<>(byReviewer.keySet());
        List<PairAgreement> pairs = new ArrayList<>();
        for (int a = 0; a < names.size(); a++)
            for (int b = a + 1; b < names.size(); b++) {
                Map<String, Integer> va = byReviewer.get(names.get(a)), vb = byReviewer.get(names.get(b));
                long[][] t = new long[vocab.size()][vocab.size()];
                long common = 0;
                for (String item : new TreeSet<>(va.keySet())) {
                    Integer j = vb.get(item);
                    if (j == null) continue;
                    t[va.get(item)][j]++;
                    common++;
                }
                pairs.add(new PairAgreement(names.get(a), names.get(b), common, Agreement.observed(t), Agreement.cohenKappa(t)));
            }
        long reviewed = failedItems.size();
        LeakBound bound = null;
        if (SPOT_CHECK.equals(kind)) {
            long failed = failedItems.values().stream().filter(f -> f).count();
            bound = LeakBound.at95(reviewed, failed);
        }
        return new KindSummary(kind, Math.max(items, reviewed), reviewed, vs.size(), reviewers, pairs, bound,
                bound == null ? null : bound.statement() + (items > reviewed ? " (" + (items - reviewed) + " of " + items
                        + " items not reviewed yet)" : ""));
    }

    public void writeJson(Path out) throws IOException { FiguresJson.write(this, out); }

    /** One row per verdict: kind, item_id, stratum, reviewer, verdict, note, decided_at. */
    public void writeCsv(Path out) throws IOException {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder()
                     .setHeader("kind", "item_id", "stratum", "reviewer", "verdict", "note", "decided_at")
                     .setRecordSeparator("\n").get())) {
            for (ItemVerdict v : verdicts)
                p.printRecord(v.kind(), v.itemId(), v.stratum(), cell(v.reviewer()), v.verdict(), cell(v.note()), v.decidedAt());
        }
    }

    /**
     * Free text typed by a reviewer, made inert for spreadsheets: a cell starting with = + - @ (or a tab or carriage
     * return) would run as a formula when the CSV is opened, so it gets a leading apostrophe (OWASP's advice).
     */
    static String cell(String text) {
        if (text == null || text.isEmpty()) return text;
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
    }
}
