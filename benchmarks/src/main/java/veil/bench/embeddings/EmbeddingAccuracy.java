package veil.bench.embeddings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import veil.qa.embeddings.EmbeddingFigures;
import veil.qa.embeddings.EmbeddingQa;
import veil.qa.embeddings.Embeddings;
import veil.qa.manifest.Dataset;
import veil.qa.manifest.ManifestLoader;
import veil.testkit.embeddings.SyntheticEmbeddings;
import veil.testkit.qa.SyntheticManifests;

/**
 * How many planted near-duplicates the embedding QA finds and what share of planted label flips it
 * ranks in the top 5% (and 1%) of suspects, on synthetic manifests with synthetic embeddings
 * ({@link SyntheticEmbeddings}). Rows: the tuning set (1,500 patients, seeds 11/5), the demo's data
 * (4,000 patients, the demo's seeds) and the demo's data with flips of any label, rare ones included.
 * Usage: EmbeddingAccuracy [dim (256)]
 */
public final class EmbeddingAccuracy {
    record Set_(String name, int patients, long manifestSeed, long embeddingSeed, boolean commonOnly) {}

    public static void main(String[] args) throws Exception {
        int dim = args.length > 0 ? Integer.parseInt(args[0]) : 256;
        List<Set_> sets = List.of(new Set_("tuning (1,500 patients, seeds 11/5)", 1500, 11L, 5L, true),
                new Set_("demo (4,000 patients, seeds 20240611/17)", 4000, 20240611L, 17L, true),
                new Set_("demo, flips of any label incl. rare", 4000, 20240611L, 17L, false));
        System.out.println("| data set | images | dim | planted duplicate pairs | found | planted flips | in top 5% | in top 1% | kNN + figures s |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Set_ s : sets) {
            Path dir = Files.createTempDirectory("veil-emb-acc");
            SyntheticManifests.mimic(dir, s.patients(), s.manifestSeed());
            Dataset ds = ManifestLoader.load(dir);
            SyntheticEmbeddings.Generated g = SyntheticEmbeddings.generate(ds, dim, s.embeddingSeed(), s.commonOnly());
            Embeddings e = new Embeddings(g.ids().toArray(String[]::new), dim, g.data(), "synthetic");
            long t = System.nanoTime();
            EmbeddingQa.Result r = EmbeddingQa.compute(ds, e, new EmbeddingQa.Options(10, 0.98, Integer.MAX_VALUE, 2), null);
            double sec = (System.nanoTime() - t) / 1e9;
            Set<String> found = new HashSet<>();
            for (EmbeddingFigures.Pair p : r.figures().nearDuplicates().top())
                found.add(key(EmbeddingQa.imageId(p.imageA()), EmbeddingQa.imageId(p.imageB())));
            long dupFound = g.planted().duplicates().stream().filter(d -> found.contains(key(d[0], d[1]))).count();
            long judged = r.figures().labelSuspects().imagesJudged();
            double[] share = new double[2];
            double[] tops = {0.05, 0.01};
            for (int q = 0; q < 2; q++) {
                Set<String> top = new HashSet<>();
                for (EmbeddingFigures.Suspect x : r.ranking().subList(0, (int) Math.ceil(tops[q] * judged))) top.add(EmbeddingQa.imageId(x.image()));
                share[q] = (double) g.planted().flips().keySet().stream().filter(top::contains).count() / g.planted().flips().size();
            }
            System.out.printf(Locale.ROOT, "| %s | %,d | %d | %d | %d | %d | %.1f%% | %.1f%% | %.1f |%n", s.name(), ds.size(), dim,
                    g.planted().duplicates().size(), dupFound, g.planted().flips().size(), 100 * share[0], 100 * share[1], sec);
        }
    }

    static String key(String a, String b) { return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a; }
}
