package veil.deid.text.train;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the person-name model from the synthetic corpus. Run at build time (process-classes, see
 * deid/pom.xml) into target/classes; skipped when the corpus fingerprint is unchanged.
 * Usage: {@code NameModelTrainer OUTPUT.bin}
 */
public final class NameModelTrainer {
    public static final long SEED = 20240314L;
    public static final int SENTENCES = 5000;
    static final int ITERATIONS = 70;
    static final int CUTOFF = 2;

    private NameModelTrainer() {}

    public static TokenNameFinderModel train() {
        List<NameSample> corpus = new TrainingCorpus().generate(SEED, SENTENCES);
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        try {
            return NameFinderME.train("en", TrainingCorpus.TYPE, ObjectStreamUtils.createObjectStream(corpus), params,
                    new TokenNameFinderFactory());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot train the name model", e);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: NameModelTrainer OUTPUT.bin");
            System.exit(1);
        }
        Path out = Path.of(args[0]);
        Path stamp = out.resolveSibling(out.getFileName() + ".fingerprint");
        String fingerprint = fingerprint();
        if (Files.exists(out) && Files.exists(stamp) && Files.readString(stamp).equals(fingerprint)) return;
        long t0 = System.nanoTime();
        // OpenNLP reports every iteration; a build log needs none of it
        Logger.getLogger("").setLevel(Level.WARNING);
        Logger.getLogger("opennlp").setLevel(Level.WARNING);
        TokenNameFinderModel model = train();
        Files.createDirectories(out.getParent());
        Path tmp = Files.createTempFile(out.getParent(), "names", ".tmp");
        try (OutputStream os = Files.newOutputStream(tmp)) {
            model.serialize(os);
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(stamp, fingerprint);
        System.out.printf("name model trained in %.1f s: %s%n", (System.nanoTime() - t0) / 1e9, out);
    }

    /** Everything the model depends on: templates, name lists, seed and parameters. */
    static String fingerprint() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String r : List.of(TrainingCorpus.NAMES, TrainingCorpus.NEGATIVES,
                    "/veil/deid/text/lexicons/all_first_names.txt", "/veil/deid/text/lexicons/all_last_names.txt",
                    // the re-casing of the casing variants depends on the ordinary-word lists
                    "/veil/deid/text/lexicons/common_words.txt", "/veil/deid/text/lexicons/scowl_words.txt",
                    "/veil/deid/text/report_words.txt", "/veil/deid/text/keep_capitalised.txt",
                    "/veil/deid/text/medical/abbreviations.txt", "/veil/deid/text/medical/drugs.txt",
                    "/veil/deid/text/medical/findings.txt")) {
                try (var in = NameModelTrainer.class.getResourceAsStream(r)) {
                    if (in == null) throw new IllegalStateException("missing resource " + r);
                    md.update(in.readAllBytes());
                }
            }
            md.update((SEED + "/" + SENTENCES + "/" + ITERATIONS + "/" + CUTOFF + "/v4-casing").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
