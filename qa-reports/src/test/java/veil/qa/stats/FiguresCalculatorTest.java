package veil.qa.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import veil.qa.manifest.Dataset;
import veil.qa.manifest.LabelValue;
import veil.qa.manifest.ManifestException;

class FiguresCalculatorTest {
    /**
     * 20 patients: patient 0 has 20 images (train), patient 1 has 12 (10 train, 2 test: leaked),
     * patients 2..19 one image each (2..11 train, 12..19 test). 50 images.
     */
    static Dataset skewed() {
        Dataset.Builder b = new Dataset.Builder("test");
        for (int i = 0; i < 20; i++) add(b, "p0", "train", i, i < 15 ? LabelValue.POSITIVE : LabelValue.NEGATIVE, "AP");
        for (int i = 0; i < 12; i++) add(b, "p1", i < 10 ? "train" : "test", i, LabelValue.NEGATIVE, "PA");
        for (int p = 2; p < 20; p++) add(b, "p" + p, p < 12 ? "train" : "test", 0, p % 4 == 0 ? LabelValue.POSITIVE : LabelValue.UNCERTAIN, "PA");
        return b.build();
    }

    static void add(Dataset.Builder b, String patient, String split, int study, byte effusion, String view) {
        int r = b.addImage(patient + "_" + study + "_" + split, patient, patient + "/" + study, split);
        b.category(Dataset.VIEW, r, view);
        b.age(r, 30 + r % 70);
        b.labels("nlp").set(r, "Effusion", effusion);
    }

    @Test
    void countsRepeatConcentrationLeakage() {
        Figures f = FiguresCalculator.compute(skewed(), QaOptions.defaults().withGeneratedAt("fixed"));
        assertThat(f.counts()).isEqualTo(new Figures.Counts(50, 50, 20));
        assertThat(f.splits().get("train").images()).isEqualTo(40);
        assertThat(f.splits().get("train").patients()).isEqualTo(12);
        assertThat(f.splits().get("test").images()).isEqualTo(10);
        assertThat(f.splits().get("test").patients()).isEqualTo(9);
        assertThat(f.repeat().patientsOver10Images()).isEqualTo(2);
        assertThat(f.repeat().patientsOver10ImagesFraction()).isEqualTo(0.1);
        assertThat(f.repeat().imagesFromPatientsOver10()).isEqualTo(32);
        assertThat(f.repeat().imagesFromPatientsOver10Fraction()).isEqualTo(0.64);
        // top 1% and 5% of 20 patients is 1 patient (20 images), top 10% is 2 patients (32 images)
        assertThat(f.concentration().top1PercentShare()).isEqualTo(0.4);
        assertThat(f.concentration().top5PercentShare()).isEqualTo(0.4);
        assertThat(f.concentration().top10PercentShare()).isEqualTo(0.64);
        assertThat(f.concentration().lorenz().get(0)).containsExactly(0.0, 0.0);
        assertThat(f.concentration().lorenz().get(f.concentration().lorenz().size() - 1)).containsExactly(1.0, 1.0);
        assertThat(f.perPatient().images().max()).isEqualTo(20);
        assertThat(f.perPatient().images().median()).isEqualTo(1.0);
        assertThat(f.leakage().patientsInMultipleSplits()).isEqualTo(1);
        assertThat(f.leakage().imagesOfThosePatients()).isEqualTo(12);
        assertThat(f.leakage().byPair()).containsEntry("train & test", 1L);
        assertThat(f.warnings()).extracting(Figures.Warning::code).contains("leakage", "repeat_patients", "test_too_small");
        assertThat(f.warnings().get(0).severity()).isEqualTo("high");
    }

    @Test
    void effectiveSampleSizeUsesPatientClusters() {
        Figures f = FiguresCalculator.compute(skewed(), QaOptions.defaults());
        Figures.EffectiveN e = f.effectiveSampleSize().get("Effusion");
        assertThat(e.images()).isEqualTo(50);
        assertThat(e.patients()).isEqualTo(20);
        assertThat(e.weightedClusterSize()).isCloseTo((400 + 144 + 18) / 50.0, within(1e-12));
        assertThat(e.designEffect()).isGreaterThan(1.0);
        assertThat(e.effectiveN()).isCloseTo(50 / e.designEffect(), within(1e-9));
    }

    @Test
    void testAdequacyAndStrata() {
        Figures f = FiguresCalculator.compute(skewed(), QaOptions.defaults());
        Figures.TestAdequacy t = f.testAdequacy();
        assertThat(t.testSplit()).isEqualTo("test");
        Figures.TestLabel l = t.labels().get("Effusion");
        // test split: p1's 2 negatives, patients 12..19: 12 and 16 positive, the rest uncertain
        assertThat(l.positives()).isEqualTo(2);
        assertThat(l.negatives()).isEqualTo(2);
        assertThat(l.uncertain()).isEqualTo(6);
        assertThat(l.sensitivityCiHalfWidth()).isCloseTo(Proportions.wilson95(1, 2).halfWidth(), within(1e-12));
        assertThat(l.flagged()).isTrue();
        assertThat(t.flaggedLabels()).containsExactly("Effusion");
        assertThat(f.strata().get(Dataset.VIEW).get("Effusion").get("AP").prevalence()).isEqualTo(0.75);
    }

    @Test
    void unknownStrataColumnOrTestSplitIsAClearError() {
        assertThatThrownBy(() -> FiguresCalculator.compute(skewed(), QaOptions.defaults().withStrata(List.of("scanner"))))
                .isInstanceOf(ManifestException.class).hasMessageContaining("no column 'scanner'").hasMessageContaining("view_position");
        assertThatThrownBy(() -> FiguresCalculator.compute(skewed(), QaOptions.defaults().withTestSplit("holdout")))
                .isInstanceOf(ManifestException.class).hasMessageContaining("splits are: train, test");
    }

    @Test
    void jsonHasTheDocumentedStableNames() throws Exception {
        Figures f = FiguresCalculator.compute(skewed(), QaOptions.defaults());
        JsonNode j = FiguresJson.mapper().readTree(FiguresJson.toJson(f));
        assertThat(j.at("/counts/images").asLong()).isEqualTo(50);
        assertThat(j.at("/counts/studies").asLong()).isEqualTo(50);
        assertThat(j.at("/counts/patients").asLong()).isEqualTo(20);
        assertThat(j.at("/splits/test/images").asLong()).isEqualTo(10);
        assertThat(j.at("/splits/train/patients").asLong()).isEqualTo(12);
        assertThat(j.at("/splits/test/studies").asLong()).isEqualTo(10);
        assertThat(j.at("/repeat/patients_over_10_images_fraction").asDouble()).isEqualTo(0.1);
        assertThat(j.at("/repeat/images_from_patients_over_10_fraction").asDouble()).isEqualTo(0.64);
        assertThat(j.at("/leakage/patients_in_multiple_splits").asLong()).isEqualTo(1);
        assertThat(j.at("/concentration/top_10_percent_share").asDouble()).isEqualTo(0.64);
        assertThat(j.at("/effective_sample_size/Effusion/design_effect").isNumber()).isTrue();
        assertThat(j.at("/test_adequacy/labels/Effusion/sensitivity_ci_half_width").isNumber()).isTrue();
        assertThat(j.at("/per_patient/images/median").asDouble()).isEqualTo(1.0);
        // no image sizes: image quality absent; NaN is written as null, never as a bare NaN token
        assertThat(j.at("/image_quality").isNull()).isTrue();
        assertThat(FiguresJson.toJson(f)).doesNotContain("NaN");
    }
}
