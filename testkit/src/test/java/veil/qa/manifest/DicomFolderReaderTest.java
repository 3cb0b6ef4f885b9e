package veil.qa.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import veil.testkit.qa.SyntheticManifests;
import veil.qa.stats.Figures;
import veil.qa.stats.FiguresCalculator;
import veil.qa.stats.QaOptions;

class DicomFolderReaderTest {
    @TempDir Path dir;

    @Test
    void headerFieldsLabelsAndUnreadableFiles() throws Exception {
        SyntheticManifests.writeDicom(dir.resolve("a/1.dcm"), "P1", "1.2.3.1", "1.2.3.1.1", "1.2.3.1.1.1", "PA", 45, "F", 12, "MONOCHROME2", "Acme");
        SyntheticManifests.writeDicom(dir.resolve("a/2.dcm"), "P1", "1.2.3.1", "1.2.3.1.1", "1.2.3.1.1.2", "LL", 45, "F", 12, "MONOCHROME2", "Acme");
        SyntheticManifests.writeDicom(dir.resolve("b/1.dcm"), "P2", "1.2.3.2", "1.2.3.2.1", "1.2.3.2.1.1", "AP", 90, "M", 8, "MONOCHROME1", "Other Co");
        Files.writeString(dir.resolve("b/broken"), "not a dicom file at all");
        Path labels = dir.resolve("labels.csv");
        Files.writeString(labels, "image,split,Effusion\na/1.dcm,train,1\n1.2.3.1.1.2,train,-1\nb/1.dcm,test,\nzzz.dcm,test,1\n");
        assertThat(ManifestLoader.detect(dir)).isEqualTo(ManifestFormat.DICOM);
        Dataset ds = ManifestLoader.load(new ManifestLoader.Request(dir, null, null, null, labels, 2));
        assertThat(ds.size()).isEqualTo(3);
        assertThat(ds.image(0)).isEqualTo("a/1.dcm");
        assertThat(ds.patient().levelCount()).isEqualTo(2);
        assertThat(ds.study().levelCount()).isEqualTo(2);
        assertThat(ds.age()).containsExactly(45f, 45f, 90f);
        assertThat(ds.bitsStored()).containsExactly(12, 12, 8);
        assertThat(ds.width()).containsExactly(32, 32, 32);
        assertThat(ds.column(Dataset.VIEW).value(1)).isEqualTo("LL");
        assertThat(ds.column(Dataset.FRONTAL_LATERAL).value(1)).isEqualTo("Lateral");
        assertThat(ds.column(Dataset.MANUFACTURER).value(2)).isEqualTo("Other Co");
        assertThat(ds.column(Dataset.PHOTOMETRIC).value(2)).isEqualTo("MONOCHROME1");
        assertThat(ds.column(Dataset.MODALITY).value(0)).isEqualTo("DX");
        assertThat(ds.split().value(0)).isEqualTo("train");
        assertThat(ds.split().value(2)).isEqualTo("test");
        LabelSet ls = ds.labelSet("labels");
        assertThat(ls.column(ls.indexOf("Effusion"))).containsExactly(LabelValue.POSITIVE, LabelValue.UNCERTAIN, LabelValue.BLANK);
        assertThat(ds.notes()).anyMatch(n -> n.contains("1 file(s)") && n.contains("skipped"));
        assertThat(ds.notes()).anyMatch(n -> n.contains("1 row(s) of labels.csv match no image"));

        Figures f = FiguresCalculator.compute(ds, QaOptions.defaults().withStrata(java.util.List.of(Dataset.MANUFACTURER)));
        assertThat(f.imageQuality().bitsStored()).containsEntry("8", 1L).containsEntry("12", 2L);
        assertThat(f.imageQuality().eightBitFraction()).isEqualTo(1.0 / 3);
        assertThat(f.imageQuality().bitsSource()).isEqualTo("dicom header");
        assertThat(f.cohort().get("all").age().over89()).isEqualTo(1);
        assertThat(f.cohort().get("all").age().histogram()).containsEntry("90+ (over 89)", 1L).containsEntry("40-49", 2L);
        assertThat(f.strata()).containsKey(Dataset.MANUFACTURER);
        assertThat(f.strata().get(Dataset.MANUFACTURER).get("Effusion").get("Acme").positive()).isEqualTo(1);
    }

    @Test
    void generatedFolderLeakageMatchesConstruction() throws Exception {
        SyntheticManifests.Generated g = SyntheticManifests.dicom(dir.resolve("dcm"), 30, 5);
        Dataset ds = ManifestLoader.load(new ManifestLoader.Request(g.input(), ManifestFormat.DICOM, null, null, g.input().resolve("labels.csv"), 2));
        assertThat(ds.size()).isEqualTo(g.images());
        Figures f = FiguresCalculator.compute(ds, QaOptions.defaults());
        assertThat(f.leakage().patientsInMultipleSplits()).isEqualTo(g.leakedPatients());
        assertThat(f.counts().patients()).isEqualTo(g.patients());
    }
}
