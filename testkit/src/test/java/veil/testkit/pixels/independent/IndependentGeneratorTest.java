package veil.testkit.pixels.independent;

import static org.assertj.core.api.Assertions.assertThat;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.TagFromName;
import java.awt.Rectangle;
import java.util.List;
import org.junit.jupiter.api.Test;
import veil.ocr.policy.Identifiers;

class IndependentGeneratorTest {

    private static final IndependentGenerator GEN = new IndependentGenerator();

    /** Small members of the set: one per style, a clip and a text-free image, so the test takes about a second. */
    private static List<SceneSpec> sample() {
        return IndependentSet.specs(1, 20261202L).stream()
                .filter(s -> s.id().equals("clip-changing-0") || s.id().equals("free-3")
                        || (s.textPx() == 48 || s.textPx() == 12) && s.format().width() <= 800)
                .toList();
    }

    @Test
    void sameSpecGivesTheSamePixelsHeaderAndTruth() throws Exception {
        SceneSpec spec = IndependentSet.specs(1, 20261202L).stream()
                .filter(s -> s.style() == Style.ROTATED_EDGE && s.format().width() == 1024).findFirst().orElseThrow();
        IndependentImage a = GEN.generate(spec), b = GEN.generate(spec);

        assertThat(b.stored()).isDeepEqualTo(a.stored());
        assertThat(b.truth()).isEqualTo(a.truth());
        assertThat(b.dicom().get(TagFromName.SOPInstanceUID).getSingleStringValueOrEmptyString())
                .isEqualTo(a.dicom().get(TagFromName.SOPInstanceUID).getSingleStringValueOrEmptyString());
        assertThat(IndependentSet.specs(1, 20261202L)).isEqualTo(IndependentSet.specs(1, 20261202L));
    }

    @Test
    void everyTruthBoxLiesInsideTheImageAndItsFrames() throws Exception {
        for (SceneSpec spec : sample()) {
            IndependentImage img = GEN.generate(spec);
            Rectangle frame = new Rectangle(0, 0, spec.format().width(), spec.format().height());
            for (Truth t : img.truth()) {
                assertThat(frame.contains(t.box())).as("%s %s", spec.id(), t.text()).isTrue();
                assertThat(t.box().isEmpty()).isFalse();
                assertThat(t.firstFrame()).isBetween(0, t.lastFrame());
                assertThat(t.lastFrame()).isLessThan(spec.format().frames());
            }
            if (!spec.textFree()) assertThat(img.truth()).as(spec.id()).anyMatch(Truth::phi);
            else assertThat(img.truth()).isEmpty();
        }
    }

    @Test
    void inkIsDrawnInsideTheTruthBoxAndNeverAtTheBlackoutValue() throws Exception {
        SceneSpec spec = IndependentSet.specs(1, 20261202L).stream()
                .filter(s -> s.style() == Style.BRIGHT && s.format().modality().equals("CT")).findFirst().orElseThrow();
        IndependentImage img = GEN.generate(spec);
        int w = spec.format().width(), black = spec.format().monochrome1() ? spec.format().maxStored() : 0;
        int[] px = img.stored()[0];
        assertThat(px).doesNotContain(black);
        Truth name = img.truth().stream().filter(t -> t.kind() == Kind.NAME).findFirst().orElseThrow();
        Rectangle b = name.box();
        int bright = 0;
        for (int y = b.y; y < b.y + b.height; y++) {
            for (int x = b.x; x < b.x + b.width; x++) if (px[y * w + x] > spec.format().maxStored() * 0.8) bright++;
        }
        assertThat(bright).as("ink pixels in the name's box").isGreaterThan(b.width * b.height / 20);
    }

    @Test
    void headerCarriesTheIdentifiersThePixelsShow() throws Exception {
        IndependentImage img = GEN.generate(IndependentSet.specs(1, 20261202L).get(5));
        Identifiers ids = Identifiers.of(img.dicom());

        assertThat(ids.nameParts()).contains(img.person().family(), img.person().given());
        assertThat(ids.ids()).contains(img.person().patientId().replaceAll("[^A-Z0-9]", ""));
        assertThat(ids.dates()).contains(img.person().birth(), img.person().study());
    }

    @Test
    void demoRadiographCtAndUltrasoundHaveIdentifiersBurnedInButNoBurnedInAnnotationFlag() throws Exception {
        for (IndependentImage img : List.of(DemoInstances.chestRadiograph(GEN), DemoInstances.ctSlice(GEN),
                DemoInstances.faintUltrasound(GEN, DemoInstances.ULTRASOUND_SEED))) {
            Attribute modality = img.dicom().get(TagFromName.Modality);
            assertThat(modality.getSingleStringValueOrEmptyString()).isIn("CR", "CT", "US");
            assertThat(img.dicom().get(TagFromName.BurnedInAnnotation)).isNull();
            assertThat(img.dicom().get(TagFromName.PatientName).getSingleStringValueOrEmptyString())
                    .isEqualTo(img.person().dicomName());
            assertThat(img.truth().stream().filter(Truth::phi).map(Truth::kind))
                    .contains(Kind.NAME, Kind.ID, Kind.DATE);
        }
    }

    @Test
    void demoFilesAreWrittenAndReadBackWithoutTheFlag(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        List<java.nio.file.Path> files = DemoInstances.write(dir);
        assertThat(files).hasSize(3).allMatch(java.nio.file.Files::isRegularFile);
        com.pixelmed.dicom.AttributeList back = new com.pixelmed.dicom.AttributeList();
        back.read(files.get(1).toFile());
        assertThat(back.get(TagFromName.Modality).getSingleStringValueOrEmptyString()).isEqualTo("CT");
        assertThat(back.get(TagFromName.BurnedInAnnotation)).isNull();
    }

    @Test
    void fontShelfSkipsWhatItCannotUseAndStillGivesAFace() {
        FontShelf none = FontShelf.load(java.nio.file.Path.of("/nonexistent-font-dir"));
        assertThat(none.fonts()).hasSize(1);
        assertThat(none.pick(42)).isNotNull();
    }
}
