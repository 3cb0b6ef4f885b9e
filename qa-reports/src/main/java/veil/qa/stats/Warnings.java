package veil.qa.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import veil.qa.manifest.Dataset;
import veil.qa.review.ReviewSummary;
import veil.qa.stats.Figures.*;

/** Turns figures into plain-words warnings, most serious first. */
public final class Warnings {
    private Warnings() {}

    static final double DEFF_WARN = 2.0;
    static final double UNCERTAIN_WARN = 0.05;
    static final double KAPPA_WARN = 0.6;

    static List<Warning> of(Figures f, Dataset ds) {
        List<Warning> high = new ArrayList<>(), medium = new ArrayList<>(), info = new ArrayList<>();
        Leakage lk = f.leakage();
        if (lk.patientsInMultipleSplits() > 0) {
            high.add(new Warning("leakage", "high", String.format(Locale.ROOT,
                    "%,d patients appear in more than one split (%s), with %,d images (%s of all images). "
                            + "A model tested on images of patients it was trained on looks better than it is: split by patient.",
                    lk.patientsInMultipleSplits(), String.join(", ", lk.splitsCompared()), lk.imagesOfThosePatients(),
                    pct(lk.imagesOfThosePatientsFraction()))));
        }
        Repeat rp = f.repeat();
        if (rp.imagesFromPatientsOver10Fraction() >= 0.2) {
            boolean severe = rp.imagesFromPatientsOver10Fraction() >= 0.35;
            (severe ? high : medium).add(new Warning("repeat_patients", severe ? "high" : "medium", String.format(Locale.ROOT,
                    "A few patients contribute most images: the %s of patients with more than 10 images hold %s of all images. "
                            + "Images of one patient are not independent; count patients, not images, when judging how much data there is.",
                    pct(rp.patientsOver10ImagesFraction()), pct(rp.imagesFromPatientsOver10Fraction()))));
        }
        List<String> deffLabels = new ArrayList<>();
        double worst = 0;
        String worstLabel = null;
        EffectiveN worstE = null;
        for (Map.Entry<String, EffectiveN> e : f.effectiveSampleSize().entrySet()) {
            if (e.getValue().designEffect() >= DEFF_WARN) deffLabels.add(e.getKey());
            if (e.getValue().designEffect() > worst) { worst = e.getValue().designEffect(); worstLabel = e.getKey(); worstE = e.getValue(); }
        }
        if (!deffLabels.isEmpty()) {
            medium.add(new Warning("design_effect", "medium", String.format(Locale.ROOT,
                    "Because images of the same patient tend to share findings, %d label(s) carry much less information than their image counts suggest. "
                            + "Worst is %s: %,d images are worth about %,.0f independent ones (design effect %.1f).",
                    deffLabels.size(), worstLabel, worstE.images(), worstE.effectiveN(), worstE.designEffect())));
        }
        TestAdequacy ta = f.testAdequacy();
        if (ta.testSplit() == null && f.splits().size() > 0) {
            medium.add(new Warning("no_test_split", "medium",
                    "No test split was found (none is named test or valid), so test-set adequacy was not judged. Use --test-split NAME."));
        } else if (!ta.flaggedLabels().isEmpty()) {
            String example = null;
            long fewest = Long.MAX_VALUE;
            for (String l : ta.flaggedLabels()) {
                long pos = ta.labels().get(l).positives();
                if (pos < fewest) { fewest = pos; example = l; }
            }
            TestLabel ex = ta.labels().get(example);
            high.add(new Warning("test_too_small", "high", String.format(Locale.ROOT,
                    "The %s split is too small to measure %d of %d labels: their sensitivity or specificity would have a 95%% interval wider than ±%.2f. "
                            + "For example %s has %,d positive images there, so a measured sensitivity is only known to within ±%.2f.",
                    ta.testSplit(), ta.flaggedLabels().size(), ta.labels().size(), ta.threshold(), example, ex.positives(),
                    ex.sensitivityCiHalfWidth())));
        }
        for (Map.Entry<String, Map<String, Map<String, ValueCounts>>> lab : f.labels().entrySet()) {
            List<String> unc = new ArrayList<>();
            for (Map.Entry<String, Map<String, ValueCounts>> e : lab.getValue().entrySet()) {
                ValueCounts all = e.getValue().get("all");
                if (all.images() > 0 && (double) all.uncertain() / all.images() >= UNCERTAIN_WARN)
                    unc.add(String.format(Locale.ROOT, "%s (%s)", e.getKey(), pct((double) all.uncertain() / all.images())));
            }
            if (!unc.isEmpty())
                medium.add(new Warning("uncertain_labels", "medium", "Labeller " + lab.getKey()
                        + " marks these labels 'uncertain' for 5% or more of images: " + String.join(", ", unc)
                        + ". How uncertain labels are treated (as positive, negative or ignored) changes results."));
        }
        for (LabellerAgreement ag : f.agreement()) {
            List<String> low = new ArrayList<>();
            for (Map.Entry<String, LabelAgreement> e : ag.labels().entrySet())
                if (!Double.isNaN(e.getValue().kappa()) && e.getValue().kappa() < KAPPA_WARN)
                    low.add(String.format(Locale.ROOT, "%s (kappa %.2f)", e.getKey(), e.getValue().kappa()));
            if (!low.isEmpty())
                medium.add(new Warning("labeller_disagreement", "medium", "The labellers " + ag.labellerA() + " and " + ag.labellerB()
                        + " agree only moderately or worse on " + low.size() + " label(s): " + String.join(", ", low)
                        + ". At least one of them is often wrong on these labels."));
        }
        String fmt = ds.format();
        if (("cxr14".equals(fmt) || "chexpert".equals(fmt) || "mimic".equals(fmt)) && f.review() == null)
            medium.add(new Warning("nlp_labels", "medium",
                    "The labels were mined from radiology reports by a program, not read from the images; such labels are reported to be 5-15% wrong. "
                            + "Review a sample (veil sample, then veil review import) to measure the error here."));
        strataWarnings(f, medium);
        ImageQuality iq = f.imageQuality();
        if (iq != null && iq.imagesWithBits() > 0 && iq.eightBitFraction() >= 0.5) {
            medium.add(new Warning("eight_bit", "medium", String.format(Locale.ROOT,
                    "%s of images are stored with 8 bits or fewer%s. Radiographs are acquired with 10-16 bits; reducing them to 8 loses contrast "
                            + "that a model or reader could have used, and the windowing chosen for the reduction is baked in.",
                    pct(iq.eightBitFraction()), "release format".equals(iq.bitsSource()) ? " (as released in this format)" : "")));
        }
        Cohort all = f.cohort().get("all");
        if (all != null && all.images() > 0 && all.age().unknown() > all.images() / 2)
            info.add(new Warning("age_unknown", "info", String.format(Locale.ROOT, "Age is unknown for %s of images, so the cohort cannot be described by age.",
                    pct((double) all.age().unknown() / all.images()))));
        for (String note : ds.notes()) info.add(new Warning("note", "info", note));
        List<Warning> out = new ArrayList<>(high);
        out.addAll(medium);
        out.addAll(info);
        return out;
    }

    static void strataWarnings(Figures f, List<Warning> out) {
        long n = f.counts().images();
        long minImages = Math.max(30, n / 100);
        for (Map.Entry<String, Map<String, Map<String, StratumPrevalence>>> col : f.strata().entrySet()) {
            List<String> examples = new ArrayList<>();
            int count = 0;
            double bestRatio = 0;
            String best = null;
            for (Map.Entry<String, Map<String, StratumPrevalence>> lab : col.getValue().entrySet()) {
                String hi = null, lo = null;
                double ph = -1, pl = 2;
                for (Map.Entry<String, StratumPrevalence> lv : lab.getValue().entrySet()) {
                    if (lv.getKey().equals("unknown") || lv.getKey().equals("(other)") || lv.getValue().images() < minImages) continue;
                    double p = lv.getValue().prevalence();
                    if (p > ph) { ph = p; hi = lv.getKey(); }
                    if (p < pl) { pl = p; lo = lv.getKey(); }
                }
                if (hi == null || hi.equals(lo) || ph - pl < 0.05 || ph < 2 * pl) continue;
                count++;
                double ratio = pl == 0 ? Double.MAX_VALUE : ph / pl;
                String ex = String.format(Locale.ROOT, "%s is %s in %s images but %s in %s images", lab.getKey(), pct(ph), hi, pct(pl), lo);
                if (ratio > bestRatio) { bestRatio = ratio; best = ex; }
                if (examples.size() < 3) examples.add(ex);
            }
            if (count > 0)
                out.add(new Warning("hidden_strata", "medium", String.format(Locale.ROOT,
                        "Label prevalence differs strongly by %s for %d label(s); for example %s. "
                                + "A model can learn %s instead of the finding: report results per %s.",
                        col.getKey(), count, best, col.getKey(), col.getKey())));
        }
    }

    /** Adds the review's findings and drops the generic NLP warning. */
    static Figures withReview(Figures f, ReviewSummary r) {
        List<Warning> w = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        for (ReviewSummary.LabelReview lr : r.labels().values())
            if (lr.reviewed() > 0 && lr.ciLow() > 0.05)
                bad.add(Double.isNaN(lr.estimatedWrong())
                        ? String.format(Locale.ROOT, "%s %s wrong (95%% CI %s to %s)", lr.label(), pct(lr.errorRate()), pct(lr.ciLow()), pct(lr.ciHigh()))
                        : String.format(Locale.ROOT, "%s %s wrong (95%% CI %s to %s; about %,.0f of the %,d such labels in the dataset)",
                        lr.label(), pct(lr.errorRate()), pct(lr.ciLow()), pct(lr.ciHigh()), lr.estimatedWrong(), lr.population()));
        for (Warning x : f.warnings()) {
            if (x.code().equals("nlp_labels")) continue;
            w.add(x);
        }
        int at = 0;
        while (at < w.size() && w.get(at).severity().equals("high")) at++;
        if (!bad.isEmpty())
            w.add(at, new Warning("review_errors", "high", "Human review found labels that are wrong more than 5% of the time: "
                    + String.join("; ", bad) + "."));
        return f.withReview(r, w);
    }

    static String pct(double f) { return String.format(Locale.ROOT, "%.1f%%", 100 * f); }
}
