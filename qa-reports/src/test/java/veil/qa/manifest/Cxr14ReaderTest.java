package veil.qa.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Cxr14ReaderTest {
    static final String HEADER_2020 = "Image Index,Finding Labels,Follow-up #,Patient ID,Patient Age,Patient Gender,View Position,"
            + "OriginalImage[Width,Height],OriginalImagePixelSpacing[x,y]\n";

    @TempDir Path dir;

    @Test
    void readsElevenValuesUnderNineColumnHeaderByPosition() throws Exception {
        Path csv = dir.resolve("Data_Entry_2017_v2020.csv");
        Files.writeString(csv, HEADER_2020
                + "00000001_000.png,Cardiomegaly,0,1,58,M,PA,2682,2749,0.143,0.143\n"
                + "00000001_001.png,Cardiomegaly|Emphysema,1,1,058Y,M,PA,2894,2729,0.143,0.143\n"
                + "00000002_000.png,No Finding,0,2,81,F,AP,2500,2048,0.168,0.168\n"
                + "00000003_000.png,Effusion|Mass|Hernia,0,3,,F,AP,3056,2544,0.139,0.139\n");
        Dataset ds = ManifestLoader.load(csv);
        assertThat(ds.format()).isEqualTo("cxr14");
        assertThat(ds.size()).isEqualTo(4);
        assertThat(ds.patient().levelCount()).isEqualTo(3);
        assertThat(ds.study().levelCount()).isEqualTo(4);
        assertThat(ds.image(1)).isEqualTo("00000001_001.png");
        assertThat(ds.patient().value(1)).isEqualTo("1");
        // "58" and "058Y" are the same age; blank is unknown
        assertThat(ds.age()[0]).isEqualTo(58f);
        assertThat(ds.age()[1]).isEqualTo(58f);
        assertThat(ds.age()[3]).isNaN();
        assertThat(ds.column(Dataset.SEX).value(2)).isEqualTo("F");
        assertThat(ds.column(Dataset.VIEW).value(2)).isEqualTo("AP");
        assertThat(ds.column(Dataset.AP_PA).value(0)).isEqualTo("PA");
        assertThat(ds.column(Dataset.FRONTAL_LATERAL).value(0)).isEqualTo("Frontal");
        // width and height are values 8 and 9 although the header has only 9 names
        assertThat(ds.width()[1]).isEqualTo(2894);
        assertThat(ds.height()[1]).isEqualTo(2729);
        assertThat(ds.bitsStored()[0]).isEqualTo(8);
        LabelSet ls = ds.labelSet("nih");
        assertThat(ls.labels()).startsWith("Atelectasis", "Cardiomegaly").contains("No Finding");
        byte[] cardio = ls.column(ls.indexOf("Cardiomegaly"));
        assertThat(cardio).containsExactly(LabelValue.POSITIVE, LabelValue.POSITIVE, LabelValue.NEGATIVE, LabelValue.NEGATIVE);
        assertThat(ls.value(ls.indexOf("No Finding"), 2)).isEqualTo(LabelValue.POSITIVE);
        assertThat(ls.value(ls.indexOf("Hernia"), 3)).isEqualTo(LabelValue.POSITIVE);
        assertThat(ls.value(ls.indexOf("Mass"), 3)).isEqualTo(LabelValue.POSITIVE);
        assertThat(ls.value(ls.indexOf("Emphysema"), 0)).isEqualTo(LabelValue.NEGATIVE);
        // no split lists: one split "all"
        assertThat(ds.split().levels()).containsExactly("all");
    }

    @Test
    void reads2017LayoutWithTrailingComma() throws Exception {
        Path csv = dir.resolve("Data_Entry_2017.csv");
        Files.writeString(csv, "Image Index,Finding Labels,Follow-up #,Patient ID,Patient Age,Patient Gender,View Position,"
                + "OriginalImage[Width,Height],OriginalImagePixelSpacing[x,y],\n"
                + "00000001_000.png,Cardiomegaly,0,1,058Y,M,PA,2682,2749,0.143,0.143,\n"
                + "00000005_000.png,Infiltration,0,5,069Y,F,PA,2048,2500,0.168,0.168,\n");
        Dataset ds = ManifestLoader.load(dir);
        assertThat(ds.size()).isEqualTo(2);
        assertThat(ds.age()).containsExactly(58f, 69f);
        assertThat(ds.width()).containsExactly(2682, 2048);
        assertThat(ds.height()).containsExactly(2749, 2500);
    }

    @Test
    void officialSplitListsAndLeakage() throws Exception {
        Path csv = dir.resolve("Data_Entry_2017_v2020.csv");
        Files.writeString(csv, HEADER_2020
                + "00000001_000.png,No Finding,0,1,58,M,PA,1,1,0.1,0.1\n"
                + "00000001_001.png,No Finding,1,1,58,M,PA,1,1,0.1,0.1\n"
                + "00000002_000.png,No Finding,0,2,58,M,PA,1,1,0.1,0.1\n"
                + "00000003_000.png,No Finding,0,3,58,M,PA,1,1,0.1,0.1\n"
                + "00000004_000.png,No Finding,0,4,58,M,PA,1,1,0.1,0.1\n");
        Files.writeString(dir.resolve("train_val_list.txt"), "00000001_000.png\n00000002_000.png\n");
        Files.writeString(dir.resolve("test_list.txt"), "00000001_001.png\n00000003_000.png\n");
        Dataset ds = ManifestLoader.load(csv);
        assertThat(ds.split().value(0)).isEqualTo("train_val");
        assertThat(ds.split().value(1)).isEqualTo("test");
        assertThat(ds.split().value(4)).isEqualTo("unlisted");
        assertThat(ds.notes()).anyMatch(n -> n.contains("1 image(s) are in neither split list"));
        var f = veil.qa.stats.FiguresCalculator.compute(ds, veil.qa.stats.QaOptions.defaults());
        assertThat(f.leakage().patientsInMultipleSplits()).isEqualTo(1);
        assertThat(f.leakage().patients()).singleElement().satisfies(p -> {
            assertThat(p.patient()).isEqualTo("1");
            assertThat(p.splits()).containsExactly("train_val", "test");
        });
        assertThat(f.leakage().splitsCompared()).doesNotContain("unlisted");
    }

    @Test
    void missingRequiredColumnsAreNamed() throws Exception {
        Path csv = dir.resolve("Data_Entry_2017.csv");
        Files.writeString(csv, "Image Index,Finding Labels,Follow-up #\n00000001_000.png,No Finding,0\n");
        assertThatThrownBy(() -> ManifestLoader.load(csv))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("missing required column Patient ID")
                .hasMessageContaining("found: Image Index, Finding Labels, Follow-up #");
    }

    @Test
    void reorderedColumnsAreRefusedBecauseRowsAreReadByPosition() throws Exception {
        Path csv = dir.resolve("Data_Entry_2017.csv");
        Files.writeString(csv, "Image Index,Finding Labels,Patient ID,Follow-up #,Patient Age,Patient Gender,View Position\n"
                + "00000001_000.png,No Finding,1,0,58,M,PA\n");
        assertThatThrownBy(() -> ManifestLoader.load(csv))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("column 3 is 'Patient ID'")
                .hasMessageContaining("expect 'Follow-up #'");
    }
}
