package veil.testkit.embeddings;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import veil.qa.embeddings.EmbeddingQa;
import veil.qa.manifest.Dataset;
import veil.qa.manifest.LabelSet;
import veil.qa.manifest.LabelValue;
import veil.qa.manifest.ManifestLoader;

/**
 * Embeddings for a synthetic manifest that behave the way image embeddings do where it matters
 * here: an image's vector is the sum of one direction per label it truly has (+) or lacks (-)
 * (length 1 for labels positive in at least 10% of images, 0.3 for rarer ones), a weaker
 * per-patient direction (0.5) and noise (1.0), so images with the same common findings are neighbours.
 * Planted facts, known by construction:
 * <ul>
 *   <li>label flips: for 1% of images one label's direction is the opposite of the manifest's value
 *       (the image "shows" what the label denies), among labels positive in at least 10% of images other
 *       than No Finding: rarer labels have too few similar images for ten neighbours to outvote
 *       (see {@link #generate} with {@code commonOnly} false for flips of any label);</li>
 *   <li>near-duplicates: pairs of images of different patients whose second vector is the first
 *       plus 1% noise (half of them across splits).</li>
 * </ul>
 */
public final class SyntheticEmbeddings {
    /** The planted facts: duplicate pairs (image ids) and flipped labels (image id -> label). */
    public record Planted(List<String[]> duplicates, Map<String, String> flips, int images, int dim) {}

    static final double LABEL_WEIGHT = 1.0, RARE_LABEL_WEIGHT = 0.3, PATIENT_NORM = 0.5, NOISE_NORM = 1.0, DUPLICATE_NOISE = 0.01, FLIP_RATE = 0.01;
    static final int DUPLICATE_PAIRS = 24;

    private SyntheticEmbeddings() {}

    /** Dimension of the demo's embeddings (CXR Foundation's are 4,096; 256 keeps the demo quick and small). */
    public static final int DEMO_DIM = 256;
    public static final long DEMO_SEED = 17L;

    /**
     * The demo hook: for the QA demo folder ({@code QaDemo.run(dir)} writes {@code dir/manifest}), writes
     * {@code dir/embeddings/<dicom_id>.tfrecord} and {@code dir/embeddings-planted.csv}. Then:
     * {@code veil qa dir/manifest --embeddings dir/embeddings --suspects dir/suspects.csv --html dir/datasheet-embeddings.html}.
     */
    public static Planted writeDemo(Path qaDemoDir) throws IOException {
        Planted p = writeTfRecords(qaDemoDir.resolve("manifest"), qaDemoDir.resolve("embeddings"), DEMO_DIM, DEMO_SEED);
        writePlanted(p, qaDemoDir.resolve("embeddings-planted.csv"));
        return p;
    }

    /** Embeddings for the manifest in {@code manifest} written as TFRecords (one per image) into {@code out}. */
    public static Planted writeTfRecords(Path manifest, Path out, int dim, long seed) throws IOException {
        Dataset ds = ManifestLoader.load(manifest);
        Generated g = generate(ds, dim, seed);
        Files.createDirectories(out);
        for (int i = 0; i < g.ids().size(); i++) {
            float[] v = java.util.Arrays.copyOfRange(g.data(), i * dim, (i + 1) * dim);
            TfRecordWriter.write(out.resolve(g.ids().get(i) + ".tfrecord"), List.of(TfRecordWriter.example(g.ids().get(i), v)));
        }
        return g.planted();
    }

    /** The same as a .npy matrix (float32) with NAME.ids.txt beside it. */
    public static Planted writeNpy(Path manifest, Path npy, int dim, long seed) throws IOException {
        Generated g = generate(ManifestLoader.load(manifest), dim, seed);
        NpyWriter.write(npy, g.ids(), g.data(), dim, false);
        return g.planted();
    }

    /** Writes the planted facts as CSV (kind, image_a, image_b_or_label), for people checking the demo. */
    public static void writePlanted(Planted p, Path csv) throws IOException {
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("kind,image,other\n");
            for (String[] d : p.duplicates()) w.write("duplicate," + d[0] + "," + d[1] + "\n");
            for (var e : p.flips().entrySet()) w.write("label_flip," + e.getKey() + "," + e.getValue() + "\n");
        }
    }

    public record Generated(List<String> ids, float[] data, Planted planted) {}

    public static Generated generate(Dataset ds, int dim, long seed) { return generate(ds, dim, seed, true); }

    public static Generated generate(Dataset ds, int dim, long seed, boolean commonOnly) {
        SplittableRandom r = new SplittableRandom(seed);
        LabelSet ls = ds.labelSets().get(0);
        int L = ls.labelCount(), n = ds.size();
        List<Integer> flippable = new ArrayList<>();
        float[][] dirs = new float[L][];
        for (int l = 0; l < L; l++) {
            long pos = 0;
            for (byte b : ls.column(l)) if (b == LabelValue.POSITIVE) pos++;
            boolean common = pos >= 0.10 * n && !ls.labels().get(l).equals("No Finding");
            if (!commonOnly || common) flippable.add(l);
            // rare findings (small nodules, fractures) move an embedding less than common, large ones
            dirs[l] = unit(r, dim, common ? LABEL_WEIGHT : RARE_LABEL_WEIGHT);
        }
        Map<Integer, float[]> patientDir = new HashMap<>();
        // flips: 1% of images, one label each whose value is positive, negative or blank
        Map<Integer, Integer> flip = new LinkedHashMap<>();
        for (int row = 0; row < n; row++) {
            if (r.nextDouble() >= FLIP_RATE) continue;
            int l = flippable.get(r.nextInt(flippable.size()));
            if (ls.column(l)[row] == LabelValue.UNCERTAIN) continue;
            flip.put(row, l);
        }
        float[] data = new float[n * dim];
        List<String> ids = new ArrayList<>(n);
        for (int row = 0; row < n; row++) {
            ids.add(EmbeddingQa.imageId(ds.image(row)));
            int off = row * dim;
            for (int l = 0; l < L; l++) {
                byte v = ls.column(l)[row];
                double s = v == LabelValue.POSITIVE ? 1 : v == LabelValue.UNCERTAIN ? 0 : -1;
                if (flip.containsKey(row) && flip.get(row) == l) s = -s;
                if (s != 0) for (int k = 0; k < dim; k++) data[off + k] += (float) (s * dirs[l][k]);
            }
            float[] p = patientDir.computeIfAbsent(ds.patient().codes()[row], c -> unit(r, dim, PATIENT_NORM));
            float[] noise = unit(r, dim, NOISE_NORM);
            for (int k = 0; k < dim; k++) data[off + k] += p[k] + noise[k];
        }
        List<String[]> dups = new ArrayList<>();
        int[] sp = ds.split().codes(), pat = ds.patient().codes();
        java.util.Set<Integer> used = new java.util.HashSet<>(flip.keySet());
        while (dups.size() < DUPLICATE_PAIRS) {
            int a = r.nextInt(n), b = r.nextInt(n);
            boolean wantCross = dups.size() % 2 == 0;
            if (a == b || pat[a] == pat[b] || used.contains(a) || used.contains(b) || (sp[a] != sp[b]) != wantCross) continue;
            used.add(a);
            used.add(b);
            float[] noise = unit(r, dim, DUPLICATE_NOISE * norm(data, a * dim, dim));
            for (int k = 0; k < dim; k++) data[b * dim + k] = data[a * dim + k] + noise[k];
            dups.add(new String[] {ids.get(a), ids.get(b)});
        }
        Map<String, String> flips = new LinkedHashMap<>();
        for (var e : flip.entrySet()) flips.put(ids.get(e.getKey()), ls.labels().get(e.getValue()));
        return new Generated(ids, data, new Planted(dups, flips, n, dim));
    }

    static double norm(float[] d, int off, int dim) {
        double s = 0;
        for (int k = 0; k < dim; k++) s += d[off + k] * d[off + k];
        return Math.sqrt(s);
    }

    static float[] unit(SplittableRandom r, int dim, double length) {
        float[] v = new float[dim];
        double s = 0;
        for (int k = 0; k < dim; k++) { v[k] = (float) r.nextGaussian(); s += v[k] * v[k]; }
        float f = (float) (length / Math.sqrt(s));
        for (int k = 0; k < dim; k++) v[k] *= f;
        return v;
    }
}
