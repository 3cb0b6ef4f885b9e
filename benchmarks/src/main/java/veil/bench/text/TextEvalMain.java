package veil.bench.text;

import java.util.List;
import veil.deid.text.PhiScanner;
import veil.testkit.text.Evaluation;
import veil.testkit.text.ReportGenerator;
import veil.testkit.text.SyntheticReport;

/**
 * Accuracy and throughput of the report text scanner on synthetic chest X-ray reports.
 * Usage: {@code TextEvalMain [--reports N] [--seed S] [--blind] [--blind-seed S] [--sets independent,blind,tuning,throughput]
 *     [--threads T] [--seconds S] [--no-ablation] [--show-misses]}
 */
public final class TextEvalMain {
    public static void main(String[] args) throws Exception {
        int n = 2000, threads = 2;
        long seed = 7L;
        double seconds = 10;
        boolean show = false, ablation = true, blind = false;
        Long blindSeed = null;
        java.util.Set<String> sets = new java.util.LinkedHashSet<>(List.of("independent", "tuning", "throughput"));
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--reports" -> n = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--show-misses" -> show = true;
                case "--no-ablation" -> ablation = false;
                case "--blind" -> blind = true;
                // the blind set's generator seed (default seed + 100): a fresh one gives notes no one has looked at
                case "--blind-seed" -> { blind = true; blindSeed = Long.parseLong(args[++i]); }
                // which parts to run: independent, blind, tuning, throughput (comma-separated)
                case "--sets" -> sets = new java.util.LinkedHashSet<>(List.of(args[++i].split(",")));
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(1);
                }
            }
        }
        if (blind) sets.add("blind");
        PhiScanner scanner = PhiScanner.shared();
        List<SyntheticReport> reports = new ReportGenerator(seed).generate(n);
        if (sets.contains("blind")) independent(scanner, n, blindSeed == null ? seed + 100 : blindSeed, show,
                veil.testkit.text.independent.IndependentGenerator.BLIND_TEMPLATES, "BLIND");
        if (sets.contains("independent")) independent(scanner, n, seed + 100, show, veil.testkit.text.independent.IndependentGenerator.TEMPLATES, "INDEPENDENT");
        if (sets.contains("tuning")) tuning(scanner, reports, n, seed, show, ablation);
        if (sets.contains("throughput")) System.out.print(ThroughputTable.measure(scanner, reports, threads, seconds));
    }

    static void tuning(PhiScanner scanner, List<SyntheticReport> reports, int n, long seed, boolean show, boolean ablation) {
        System.out.printf("%n## TUNING set (veil.testkit.text.ReportGenerator; the scanner was tuned on it: an upper bound). By casing: each report as written, in capitals and in lower case%n%n");
        System.out.print(CasingTables.byCasing(scanner, CasingTables.withCasingVariants(reports), r -> CasingTables.judged(r.text())));
        System.out.println();
        double words = reports.stream().mapToInt(SyntheticReport::words).average().orElse(0);
        Evaluation.Result result = Evaluation.run(scanner, reports);
        System.out.printf("Evaluation: %d synthetic reports (seed %d, %.0f words on average)%n%n", n, seed, words);
        System.out.print(Evaluation.table(result));
        System.out.printf("%nMissed gold spans: %d; flagged tokens outside every gold span: %d%n", result.misses().size(), result.falseAlarms().size());
        Evaluation.Result invented = Evaluation.run(scanner, ReportGenerator.withInventedNames(seed + 1).generate(n));
        System.out.printf("%nSame, with made-up names in none of the word lists (context rules and the model only):%n%n");
        System.out.print(Evaluation.table(invented));
        System.out.printf("%nMissed gold spans: %d; flagged tokens outside every gold span: %d%n", invented.misses().size(), invented.falseAlarms().size());
        if (ablation) System.out.printf("%nWhat each stage adds to NAME (first %d reports of each set):%n%n", Math.min(n, 1000));
        if (ablation) System.out.print(ablation(reports.subList(0, Math.min(n, 1000)),
                ReportGenerator.withInventedNames(seed + 1).generate(Math.min(n, 1000))));
        if (show) {
            System.out.println("\nMissed:");
            result.misses().forEach(m -> System.out.println("  " + m.span().type() + "  " + m.context()));
            System.out.println("\nFlagged outside gold:");
            result.falseAlarms().forEach(f -> System.out.println("  " + f.type() + "  " + f.context()));
            System.out.println("\nMissed (made-up names):");
            invented.misses().forEach(m -> System.out.println("  " + m.span().type() + "  " + m.context()));
            // the capitals and lower-case copies: where the casing goals are missed on the set tuned on
            List<SyntheticReport> variants = CasingTables.withCasingVariants(reports).stream()
                    .filter(r -> r.id().endsWith("-upper") || r.id().endsWith("-lower")).toList();
            Evaluation.Result cased = Evaluation.run(scanner, variants);
            System.out.println("\nMissed (capitals and lower-case copies):");
            cased.misses().forEach(m -> System.out.println("  " + m.span().type() + "  " + m.context()));
            System.out.println("\nFlagged outside gold (capitals and lower-case copies):");
            cased.falseAlarms().forEach(f -> System.out.println("  " + f.type() + " " + f.detector() + "  " + f.context()));
        }
    }

    /** The independent and blind sets (never tuned on) first: the blind set's figures are the headline. */
    static void independent(PhiScanner scanner, int n, long seed, boolean show, String templates, String label) {
        veil.testkit.text.independent.IndependentGenerator gen = new veil.testkit.text.independent.IndependentGenerator(seed, templates);
        List<veil.testkit.text.independent.IndependentNote> notes = gen.generate(n);
        List<SyntheticReport> reports = notes.stream().map(veil.testkit.text.independent.IndependentNote::report).toList();
        java.util.Map<String, veil.testkit.text.independent.Casing> casing = new java.util.HashMap<>();
        notes.forEach(x -> casing.put(x.report().id(), x.casing()));
        Evaluation.Result result = Evaluation.run(scanner, reports);
        System.out.printf("## %s set (veil.testkit.text.independent, %s: ICU/nursing, ALL-CAPS RIS, MIMIC-style, lower-case dictations; %d notes, seed %d)%n%n",
                label, templates.substring(templates.lastIndexOf('/') + 1), n, seed);
        System.out.print(Evaluation.table(result));
        System.out.println();
        System.out.print(CasingTables.byCasing(scanner, reports, r -> casing.get(r.id())));
        System.out.println();
        System.out.print(CasingTables.precisionOnCapitalTelegraphic(scanner, notes));
        System.out.printf("%nFalse flags on clean notes (sentences written in public-domain radiology phrasing; NOT real reports; %d notes):%n%n", n / 2);
        System.out.print(CasingTables.falseFlags(scanner, gen.clean(n / 2), show));
        if (show) {
            System.out.println("\nIndependent, missed:");
            result.misses().forEach(m -> System.out.println("  " + m.span().type() + "  " + m.context()));
            System.out.println("\nIndependent, flagged outside gold:");
            result.falseAlarms().forEach(f -> System.out.println("  " + f.type() + " " + f.detector() + "  " + f.context()));
        }
        if (label.equals("INDEPENDENT")) System.out.println("\nREAL set: none. No real de-identification gold text with a licence allowing copying was obtainable here.");
    }

    /** NAME recall and precision with one stage switched off at a time. */
    static String ablation(List<SyntheticReport> listed, List<SyntheticReport> invented) {
        StringBuilder b = new StringBuilder("| stages | recall, list names | precision | recall, made-up names | precision |\n|---|---:|---:|---:|---:|\n");
        List<PhiScanner.Stage[]> variants = List.of(new PhiScanner.Stage[0], new PhiScanner.Stage[] {PhiScanner.Stage.MODEL},
                new PhiScanner.Stage[] {PhiScanner.Stage.LEXICON}, new PhiScanner.Stage[] {PhiScanner.Stage.CONTEXT},
                new PhiScanner.Stage[] {PhiScanner.Stage.FORMS}, new PhiScanner.Stage[] {PhiScanner.Stage.PROPAGATION},
                new PhiScanner.Stage[] {PhiScanner.Stage.CONTEXT, PhiScanner.Stage.LEXICON, PhiScanner.Stage.FORMS, PhiScanner.Stage.PROPAGATION});
        for (PhiScanner.Stage[] off : variants) {
            PhiScanner s = off.length == 0 ? PhiScanner.shared() : PhiScanner.without(off);
            Evaluation.Tally a = Evaluation.run(s, listed).byType().get(veil.deid.text.PhiType.NAME);
            Evaluation.Tally c = Evaluation.run(s, invented).byType().get(veil.deid.text.PhiType.NAME);
            String name = off.length == 0 ? "all" : "without " + java.util.Arrays.stream(off).map(x -> x.name().toLowerCase()).collect(java.util.stream.Collectors.joining(", "));
            b.append(String.format("| %s | %.3f | %.3f | %.3f | %.3f |%n", name, a.recall(), a.precision(), c.recall(), c.precision()));
        }
        return b.toString();
    }
}
