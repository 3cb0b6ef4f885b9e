package veil.testkit.qa;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import veil.qa.QaReports;
import veil.qa.html.DatasheetRenderer;
import veil.qa.manifest.Dataset;
import veil.qa.manifest.ManifestLoader;
import veil.qa.review.ReviewStore;
import veil.qa.review.VerdictsCsv;
import veil.qa.sample.Sample;
import veil.qa.sample.SampleCsv;
import veil.qa.sample.SampleOptions;
import veil.qa.sample.Sampler;
import veil.qa.stats.QaOptions;

/**
 * The QA part of {@code ./veil demo}: a synthetic MIMIC-CXR-JPG-style manifest (skewed patients,
 * leakage, uncertain labels, two labellers), a review sample with simulated verdicts imported
 * into a review database, and the datasheet (HTML and JSON) built from all of it.
 */
public final class QaDemo {
    private QaDemo() {}

    /** Writes everything under {@code dir} and returns the datasheet's path. */
    public static Path run(Path dir) throws IOException {
        Files.createDirectories(dir);
        SyntheticManifests.Generated g = SyntheticManifests.mimic(dir.resolve("manifest"), 4000, 20240611L);
        Dataset ds = ManifestLoader.load(g.input());

        SampleOptions so = new SampleOptions(42, "chexpert", List.of("Edema", "Pleural Effusion", "Pneumonia"),
                List.of("positive", "uncertain"), List.of("test"), 0.10, 0.10, 0);
        Sample sample = Sampler.draw(ds, so);
        Path sampleCsv = dir.resolve("review-sample.csv");
        SampleCsv.write(sample, sampleCsv);
        DatasheetRenderer.writeSampleSheet(sample, "Label review sheet (synthetic demo)", dir.resolve("review-sample.html"));

        Path verdicts = dir.resolve("review-verdicts.csv");
        simulateVerdicts(sampleCsv, verdicts, 7L);
        Path db = dir.resolve("review.sqlite");
        Files.deleteIfExists(db);
        try (ReviewStore store = ReviewStore.open(db)) {
            store.importVerdicts(VerdictsCsv.read(verdicts).rows(), verdicts.getFileName().toString());
        } catch (SQLException e) {
            throw new IOException("review database: " + e.getMessage(), e);
        }

        Path yaml = dir.resolve("datasheet.yaml");
        Files.writeString(yaml, DEMO_YAML, StandardCharsets.UTF_8);
        Path html = dir.resolve("datasheet.html");
        // Synthetic CXR-Foundation-style embeddings with planted near-duplicates and flipped labels: the datasheet's
        // embedding sections must find them; the suspects become a review sheet.
        veil.testkit.embeddings.SyntheticEmbeddings.writeDemo(dir);
        QaReports.run(new QaReports.Request(ManifestLoader.Request.of(g.input()), QaOptions.defaults().withStrata(List.of("patient_orientation")),
                dir.resolve("datasheet.json"), html, yaml, db,
                new QaReports.ImageInputs(null, dir.resolve("embeddings"), veil.qa.embeddings.EmbeddingQa.Options.defaults(),
                        dir.resolve("label-suspects.csv"), 0, null)));
        return html;
    }

    /** Fills the verdict column as a reviewer might: uncertain labels are often wrong, positives sometimes. */
    static void simulateVerdicts(Path sampleCsv, Path out, long seed) throws IOException {
        SplittableRandom r = new SplittableRandom(seed);
        try (Reader in = Files.newBufferedReader(sampleCsv, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.builder().setReader(in).setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get();
             Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             CSVPrinter pr = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(SampleCsv.HEADER).setRecordSeparator("\n").get())) {
            for (CSVRecord rec : p) {
                String value = rec.get("value");
                double wrongRate = value.equals("uncertain") ? 0.45 : value.equals("positive") ? 0.12 : 0.05;
                double u = r.nextDouble();
                String verdict = u < 0.03 ? "unsure" : u < 0.03 + wrongRate ? "wrong" : "correct";
                String reviewer = Integer.parseInt(rec.get("sample_id").substring(1)) % 2 == 0 ? "reader-a" : "reader-b";
                pr.printRecord(rec.get("sample_id"), rec.get("labeller"), rec.get("label"), value, rec.get("split"),
                        rec.get("stratum_size"), rec.get("image"), rec.get("patient"), rec.get("study"), verdict,
                        verdict.equals("wrong") ? (value.equals("positive") ? "negative" : "positive") : "", reviewer, "");
            }
        }
    }

    static final String DEMO_YAML = """
            title: "Datasheet: synthetic MIMIC-CXR-JPG-style demo dataset"
            motivation:
              purpose: "To show what veil qa reports. The data are synthetic: no patient is real."
              creators: "Generated by veil's demo from a fixed seed."
              funding: "Not applicable."
            composition:
              instances: "Chest radiographs (frontal and lateral) grouped in studies and patients, with 14 findings labelled per study by two report labellers (CheXpert and NegBio)."
              confidentiality: "None: every value is synthetic."
            collection:
              acquisition: "Simulated: a heavy-tailed number of studies per patient, portable AP films for sicker patients."
              timeframe: "Not applicable."
            preprocessing:
              preprocessing: "Simulated as in MIMIC-CXR-JPG: DICOM converted to 8-bit JPEG."
              labelling: "Simulated report labellers; a stratified sample was reviewed by two simulated readers."
            uses:
              should_not: "Anything clinical: the data are synthetic."
            distribution:
              how: "Written by ./veil demo."
              license: "Public domain."
            maintenance:
              maintainer: "The Veil project."
            """;
}
