package veil.testkit.qa;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import veil.qa.manifest.ManifestLoader;
import veil.qa.stats.Figures;
import veil.qa.stats.FiguresCalculator;
import veil.qa.stats.FiguresJson;
import veil.qa.stats.QaOptions;

class QaDemoTest {
    @TempDir Path dir;

    @Test
    void demoWritesManifestsReviewAndDatasheet() throws Exception {
        Path html = QaDemo.run(dir);
        assertThat(html).isRegularFile();
        String page = Files.readString(html);
        assertThat(page).contains("Label review").contains("reviewed").contains("chexpert and negbio");
        JsonNode j = FiguresJson.mapper().readTree(dir.resolve("datasheet.json").toFile());
        assertThat(j.at("/counts/images").asLong()).isGreaterThan(5000);
        assertThat(j.at("/leakage/patients_in_multiple_splits").asLong()).isGreaterThan(0);
        assertThat(j.at("/review/labels/Edema/reviewed").asLong()).isGreaterThan(0);
        assertThat(j.at("/agreement/0/labeller_b").asText()).isEqualTo("negbio");
        assertThat(j.at("/repeat/images_from_patients_over_10_fraction").asDouble()).isBetween(0.05, 0.9);
        assertThat(dir.resolve("review-sample.csv")).isRegularFile();
        assertThat(dir.resolve("review-sample.html")).isRegularFile();
        assertThat(dir.resolve("review.sqlite")).isRegularFile();
    }

    @Test
    void generatorsLeakExactlyTheNumberTheyReport() throws Exception {
        var cxr = SyntheticManifests.cxr14(dir.resolve("cxr14"), 20_000, 3);
        Figures f = FiguresCalculator.compute(ManifestLoader.load(cxr.input()), QaOptions.defaults());
        assertThat(f.counts().images()).isEqualTo(cxr.images()).isEqualTo(20_000);
        assertThat(f.counts().patients()).isEqualTo(cxr.patients());
        assertThat(f.leakage().patientsInMultipleSplits()).isEqualTo(cxr.leakedPatients()).isPositive();
        // heavy tail like ChestX-ray14: a few percent of patients with more than 10 images hold a large share
        assertThat(f.repeat().patientsOver10ImagesFraction()).isBetween(0.02, 0.12);
        assertThat(f.repeat().imagesFromPatientsOver10Fraction()).isBetween(0.3, 0.65);

        var chex = SyntheticManifests.chexpert(dir.resolve("chexpert"), 500, 3);
        Figures g = FiguresCalculator.compute(ManifestLoader.load(chex.input()), QaOptions.defaults());
        assertThat(g.leakage().patientsInMultipleSplits()).isEqualTo(chex.leakedPatients()).isPositive();
        assertThat(g.labels().get("chexpert").get("Atelectasis").get("train").uncertain()).isPositive();
        assertThat(g.labels().get("chexpert").get("Atelectasis").get("train").blank()).isPositive();

        var mimic = SyntheticManifests.mimic(dir.resolve("mimic"), 500, 3);
        Figures h = FiguresCalculator.compute(ManifestLoader.load(mimic.input()), QaOptions.defaults());
        assertThat(h.counts().images()).isEqualTo(mimic.images());
        assertThat(h.leakage().patientsInMultipleSplits()).isEqualTo(mimic.leakedPatients());
        assertThat(h.agreement()).hasSize(1);
    }
}
