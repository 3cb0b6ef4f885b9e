package veil.qa.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import veil.qa.stats.Figures;
import veil.qa.stats.FiguresCalculator;
import veil.qa.stats.QaOptions;

class MimicReaderTest {
    @TempDir Path dir;

    static void gz(Path p, String text) throws Exception {
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(p))) {
            o.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void studyLabelsReachEveryImageAndTwoLabellersAreCompared() throws Exception {
        Files.writeString(dir.resolve("mimic-cxr-2.0.0-metadata.csv"),
                "dicom_id,subject_id,study_id,PerformedProcedureStepDescription,ViewPosition,Rows,Columns\n"
                        + "d1,10000032,50414267,CHEST (PA AND LAT),PA,3056,2544\n"
                        + "d2,10000032,50414267,CHEST (PA AND LAT),LATERAL,3056,2544\n"
                        + "d3,10000032,53189527,CHEST (PORTABLE AP),AP,2539,3050\n"
                        + "d4,10000764,57375967,CHEST (PORTABLE AP),AP,2539,3050\n");
        gz(dir.resolve("mimic-cxr-2.0.0-split.csv.gz"), "dicom_id,study_id,subject_id,split\n"
                + "d1,50414267,10000032,train\nd2,50414267,10000032,train\nd3,53189527,10000032,test\nd4,57375967,10000764,test\n");
        gz(dir.resolve("mimic-cxr-2.0.0-chexpert.csv.gz"), "subject_id,study_id,Edema,Pneumonia\n"
                + "10000032,50414267,1.0,-1.0\n10000032,53189527,,0.0\n10000764,57375967,1.0,1.0\n");
        Files.writeString(dir.resolve("mimic-cxr-2.0.0-negbio.csv"), "subject_id,study_id,Edema,Pneumonia\n"
                + "10000032,50414267,1.0,1.0\n10000032,53189527,,0.0\n10000764,57375967,-1.0,1.0\n");
        Dataset ds = ManifestLoader.load(dir);
        assertThat(ds.format()).isEqualTo("mimic");
        assertThat(ds.size()).isEqualTo(4);
        assertThat(ds.study().levelCount()).isEqualTo(3);
        assertThat(ds.image(0)).isEqualTo("files/p10/p10000032/s50414267/d1.jpg");
        assertThat(ds.width()[0]).isEqualTo(2544);
        assertThat(ds.height()[0]).isEqualTo(3056);
        assertThat(ds.column(Dataset.FRONTAL_LATERAL).value(1)).isEqualTo("Lateral");
        assertThat(ds.labelSets()).extracting(LabelSet::labeller).containsExactly("chexpert", "negbio");
        LabelSet cx = ds.labelSet("chexpert");
        assertThat(cx.column(cx.indexOf("Edema"))).containsExactly(LabelValue.POSITIVE, LabelValue.POSITIVE, LabelValue.BLANK, LabelValue.POSITIVE);
        assertThat(cx.column(cx.indexOf("Pneumonia"))).containsExactly(LabelValue.UNCERTAIN, LabelValue.UNCERTAIN, LabelValue.NEGATIVE, LabelValue.POSITIVE);
        assertThat(ds.notes()).anyMatch(n -> n.contains("sex and age are unknown"));

        Figures f = FiguresCalculator.compute(ds, QaOptions.defaults());
        assertThat(f.leakage().patientsInMultipleSplits()).isEqualTo(1);
        Figures.LabelAgreement pn = f.agreement().get(0).labels().get("Pneumonia");
        // images: (unc,pos) x2, (neg,neg), (pos,pos) -> 2 of 4 agree
        assertThat(pn.images()).isEqualTo(4);
        assertThat(pn.agreement()).isEqualTo(0.5);
        assertThat(pn.disagreements()).isEqualTo(2);
        assertThat(pn.positiveVersusNegative()).isZero();
        assertThat(pn.table().get("uncertain").get("positive")).isEqualTo(2);
    }

    @Test
    void missingMetadataColumns() throws Exception {
        Files.writeString(dir.resolve("mimic-cxr-2.0.0-metadata.csv"), "dicom_id,ViewPosition\nd1,PA\n");
        assertThatThrownBy(() -> ManifestLoader.load(dir))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("missing required columns subject_id, study_id");
    }
}
