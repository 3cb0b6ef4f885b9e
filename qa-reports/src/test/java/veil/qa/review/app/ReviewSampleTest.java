package veil.qa.review.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import veil.qa.manifest.ManifestException;

class ReviewSampleTest {
    @TempDir Path dir;

    @Test
    void readsASpotCheckFolderWithImageSizesBoxesFieldsAndMarks() throws Exception {
        ReviewSample s = ReviewSample.open(TestSamples.spotCheck(dir.resolve("sample")), null);
        assertThat(s.kind()).isEqualTo(SampleKind.SPOT_CHECK);
        assertThat(s.items()).extracting(ReviewItem::id).containsExactly("a1", "b2", "c3");
        ReviewItem.SpotCheck a = (ReviewItem.SpotCheck) s.items().get(0);
        assertThat(a.images()).extracting(ReviewItem.Image::width).containsExactly(32, 32);
        assertThat(a.images().get(0).boxes().get(0)).containsExactly(2, 2, 10, 4);
        assertThat(a.fields().get(1)[1]).isEqualTo("<b>CHEST</b> & \"PA\"");
        assertThat(a.marks()).extracting(ReviewItem.Mark::type).containsExactly("NAME", "DATE");
    }

    @Test
    void aMissingSampleIsNamedInTheError() {
        assertThatThrownBy(() -> ReviewSample.open(dir.resolve("nope"), null)).isInstanceOf(ManifestException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void aFolderWithoutItemsJsonlSaysSo() throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> ReviewSample.open(dir.resolve("empty"), null)).hasMessageContaining("has no items.jsonl");
    }

    @Test
    void aBadLineIsReportedWithItsLineNumber() throws Exception {
        Path s = TestSamples.spotCheck(dir.resolve("sample"));
        Files.writeString(s.resolve("items.jsonl"), TestSamples.ITEM_A + "\n{\"id\": \"x\", \"images\": 3\n");
        assertThatThrownBy(() -> ReviewSample.open(s, null)).hasMessage("items.jsonl line 2: not a JSON object");
        Files.writeString(s.resolve("items.jsonl"), TestSamples.ITEM_A + "\n" + TestSamples.ITEM_A + "\n");
        assertThatThrownBy(() -> ReviewSample.open(s, null)).hasMessage("items.jsonl line 2: id 'a1' appears twice");
        Files.writeString(s.resolve("items.jsonl"), "\n\n" + TestSamples.ITEM_A.replace("[46,56,", "[40,56,"));
        assertThatThrownBy(() -> ReviewSample.open(s, null)).hasMessageContaining("items.jsonl line 3: marks").hasMessageContaining("overlap");
        Files.writeString(s.resolve("items.jsonl"), TestSamples.ITEM_A.replace("[2,2,10,4]]}", "[2,-2,10,4]]}"));
        assertThatThrownBy(() -> ReviewSample.open(s, null)).hasMessageContaining("line 1: each box must be");
        Files.writeString(s.resolve("items.jsonl"), TestSamples.ITEM_A.replace("[46,56,", "[46,99,"));
        assertThatThrownBy(() -> ReviewSample.open(s, null)).hasMessageContaining("outside the text");
    }

    @Test
    void imagePathsThatLeaveTheSampleAreRefusedAtLoad() throws Exception {
        Path s = TestSamples.spotCheck(dir.resolve("sample"));
        TestSamples.png(dir.resolve("secret.png"), false);
        Files.writeString(s.resolve("items.jsonl"), TestSamples.ITEM_A.replace("img/a1-before.png", "../secret.png"));
        assertThatThrownBy(() -> ReviewSample.open(s, null)).hasMessage("items.jsonl line 1: image path '../secret.png' leads outside the sample");
        Files.writeString(s.resolve("items.jsonl"), TestSamples.ITEM_A.replace("img/a1-before.png", dir.resolve("secret.png").toString()));
        assertThatThrownBy(() -> ReviewSample.open(s, null)).hasMessageContaining("must be relative to the sample");
        Files.createSymbolicLink(s.resolve("img/link.png"), dir.resolve("secret.png"));
        Files.writeString(s.resolve("items.jsonl"), TestSamples.ITEM_A.replace("img/a1-before.png", "img/link.png"));
        assertThatThrownBy(() -> ReviewSample.open(s, null)).hasMessageContaining("links to a file outside the sample");
        Files.writeString(s.resolve("items.jsonl"), TestSamples.ITEM_A.replace("img/a1-before.png", "items.jsonl"));
        assertThatThrownBy(() -> ReviewSample.open(s, null)).hasMessageContaining("is not a PNG or JPEG file");
    }

    @Test
    void readsALabelReviewCsvWithImagesFromTheImagesFolder() throws Exception {
        Path csv = TestSamples.labels(dir);
        ReviewSample s = ReviewSample.open(csv, dir.resolve("images"));
        assertThat(s.kind()).isEqualTo(SampleKind.LABEL);
        ReviewItem.LabelCheck l = (ReviewItem.LabelCheck) s.items().get(1);
        assertThat(l.id()).isEqualTo("S000002");
        assertThat(l.stratumSize()).isEqualTo(900);
        assertThat(l.images()).hasSize(1);
        assertThat(ReviewSample.open(csv, null).items().get(0).images()).isEmpty();
    }

    @Test
    void aLabelCsvWithoutTheSampleColumnsNamesThem() throws Exception {
        Path csv = dir.resolve("x.csv");
        Files.writeString(csv, "label,value\nEdema,positive\n");
        assertThatThrownBy(() -> ReviewSample.open(csv, null)).hasMessageContaining("sample_id").hasMessageContaining("image");
    }
}
