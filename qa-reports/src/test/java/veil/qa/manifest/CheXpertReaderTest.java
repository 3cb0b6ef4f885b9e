package veil.qa.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import veil.qa.stats.Figures;
import veil.qa.stats.FiguresCalculator;
import veil.qa.stats.QaOptions;

class CheXpertReaderTest {
    static final String HEADER = "Path,Sex,Age,Frontal/Lateral,AP/PA,No Finding,Edema,Pleural Effusion\n";

    @TempDir Path dir;

    @Test
    void uncertainAndBlankLabelsPatientStudyAndSplitFromPath() throws Exception {
        Files.writeString(dir.resolve("train.csv"), HEADER
                + "CheXpert-v1.0-small/train/patient00001/study1/view1_frontal.jpg,Female,68,Frontal,AP,,1.0,-1.0\n"
                + "CheXpert-v1.0-small/train/patient00001/study1/view2_lateral.jpg,Female,68,Lateral,,,1.0,-1.0\n"
                + "CheXpert-v1.0-small/train/patient00001/study2/view1_frontal.jpg,Female,69,Frontal,AP,,0.0,\n"
                + "CheXpert-v1.0-small/train/patient00002/study1/view1_frontal.jpg,Male,87,Frontal,PA,1.0,,0.0\n"
                + "CheXpert-v1.0-small/train/patient00003/study1/view1_frontal.jpg,Unknown,,Frontal,PA,,-1,1\n");
        Files.writeString(dir.resolve("valid.csv"), HEADER
                + "CheXpert-v1.0-small/valid/patient00003/study1/view1_frontal.jpg,Male,73,Frontal,AP,0.0,1.0,1.0\n"
                + "CheXpert-v1.0-small/valid/patient64541/study1/view1_frontal.jpg,Male,73,Frontal,AP,0.0,0.0,0.0\n");
        Dataset ds = ManifestLoader.load(dir);
        assertThat(ds.format()).isEqualTo("chexpert");
        assertThat(ds.size()).isEqualTo(7);
        assertThat(ds.patient().levelCount()).isEqualTo(4);
        assertThat(ds.study().levelCount()).isEqualTo(5);   // p1/s1, p1/s2, p2/s1, p3/s1, p64541/s1: patient00003/study1 is one study in both files
        assertThat(ds.split().levels()).containsExactly("train", "valid");
        LabelSet ls = ds.labelSet("chexpert");
        assertThat(ls.labels()).containsExactly("No Finding", "Edema", "Pleural Effusion");
        byte[] edema = ls.column(ls.indexOf("Edema"));
        assertThat(edema).containsExactly(LabelValue.POSITIVE, LabelValue.POSITIVE, LabelValue.NEGATIVE, LabelValue.BLANK,
                LabelValue.UNCERTAIN, LabelValue.POSITIVE, LabelValue.NEGATIVE);
        assertThat(ds.column(Dataset.SEX).value(4)).isNull();
        assertThat(ds.age()[4]).isNaN();
        assertThat(ds.column(Dataset.AP_PA).value(1)).isNull();
        assertThat(ds.column(Dataset.FRONTAL_LATERAL).value(1)).isEqualTo("Lateral");

        Figures f = FiguresCalculator.compute(ds, QaOptions.defaults());
        Figures.ValueCounts pe = f.labels().get("chexpert").get("Pleural Effusion").get("train");
        assertThat(pe.positive()).isEqualTo(1);
        assertThat(pe.negative()).isEqualTo(1);
        assertThat(pe.uncertain()).isEqualTo(2);
        assertThat(pe.blank()).isEqualTo(1);
        assertThat(pe.prevalence()).isEqualTo(0.2);
        Figures.ValueCounts all = f.labels().get("chexpert").get("Edema").get("all");
        assertThat(all.positive() + all.negative() + all.uncertain() + all.blank()).isEqualTo(7);
        assertThat(f.leakage().patientsInMultipleSplits()).isEqualTo(1);
        assertThat(f.leakage().patients().get(0).patient()).isEqualTo("patient00003");
        assertThat(f.testAdequacy().testSplit()).isEqualTo("valid");
        assertThat(f.splits().get("valid").patients()).isEqualTo(2);
    }

    @Test
    void nonLabelColumnsBecomeCategoriesForStrata() throws Exception {
        Files.writeString(dir.resolve("train.csv"), "Path,Sex,Age,Frontal/Lateral,AP/PA,Site,Edema\n"
                + "CheXpert-v1.0-small/train/patient00001/study1/view1_frontal.jpg,Female,68,Frontal,AP,North,1.0\n"
                + "CheXpert-v1.0-small/train/patient00002/study1/view1_frontal.jpg,Male,50,Frontal,PA,South,\n"
                + "CheXpert-v1.0-small/train/patient00003/study1/view1_frontal.jpg,Male,50,Frontal,PA,North,0.0\n");
        Dataset ds = ManifestLoader.load(dir.resolve("train.csv"));
        assertThat(ds.labelSet("chexpert").labels()).containsExactly("Edema");
        assertThat(ds.column("Site").levels()).containsExactly("North", "South");
        Figures f = FiguresCalculator.compute(ds, QaOptions.defaults().withStrata(java.util.List.of("Site")));
        assertThat(f.strata().get("Site").get("Edema").get("North").prevalence()).isEqualTo(0.5);
    }

    @Test
    void missingColumnsAreAllNamed() throws Exception {
        Path csv = dir.resolve("train.csv");
        Files.writeString(csv, "Path,Age,Frontal/Lateral,Edema\nCheXpert-v1.0-small/train/patient00001/study1/view1_frontal.jpg,50,Frontal,1.0\n");
        assertThatThrownBy(() -> ManifestLoader.load(csv))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("train.csv is not a CheXpert file: missing required columns Sex, AP/PA");
    }

    @Test
    void unknownHeaderAsksForFormat() throws Exception {
        Path csv = dir.resolve("x.csv");
        Files.writeString(csv, "foo,bar\n1,2\n");
        assertThatThrownBy(() -> ManifestLoader.load(csv)).isInstanceOf(ManifestException.class).hasMessageContaining("--format");
    }
}
