package veil.qa.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import veil.testkit.qa.SyntheticManifests;
import veil.qa.manifest.Dataset;
import veil.qa.manifest.LabelSet;
import veil.qa.manifest.LabelValue;
import veil.qa.manifest.ManifestException;
import veil.qa.manifest.ManifestLoader;
import veil.qa.stats.Proportions;

class SamplerTest {
    @TempDir static Path dir;
    static Dataset ds;

    @BeforeAll
    static void load() throws Exception {
        ds = ManifestLoader.load(SyntheticManifests.chexpert(dir.resolve("chexpert"), 800, 11).input());
    }

    @Test
    void sameSeedSameSampleOtherSeedOtherSample() {
        SampleOptions o = SampleOptions.defaults(123);
        Sample a = Sampler.draw(ds, o), b = Sampler.draw(ds, o);
        assertThat(a.items()).isEqualTo(b.items());
        assertThat(a.items()).isNotEmpty();
        Sample c = Sampler.draw(ds, SampleOptions.defaults(124));
        assertThat(c.items().stream().map(Sample.Item::image).toList())
                .isNotEqualTo(a.items().stream().map(Sample.Item::image).toList());
        // same strata and sizes whatever the seed
        assertThat(c.strata()).isEqualTo(a.strata());
    }

    @Test
    void strataAreLabelValueSplitAndSizedForTheTargetWidth() {
        SampleOptions o = new SampleOptions(7, null, List.of("Edema", "Pneumonia"), List.of("positive", "uncertain"), List.of(), 0.10, 0.10, 0);
        Sample s = Sampler.draw(ds, o);
        LabelSet ls = ds.labelSet("chexpert");
        for (Sample.Stratum st : s.strata()) {
            assertThat(st.label()).isIn("Edema", "Pneumonia");
            assertThat(st.value()).isIn("positive", "uncertain");
            byte v = LabelValue.fromName(st.value());
            byte[] col = ls.column(ls.indexOf(st.label()));
            long pop = 0;
            for (int r = 0; r < ds.size(); r++) if (col[r] == v && ds.split().value(r).equals(st.split())) pop++;
            assertThat(st.population()).isEqualTo(pop);
            assertThat(st.sampled()).isEqualTo(Proportions.sampleSize(0.10, 0.10, pop, Proportions.Z95));
            assertThat(st.sampled()).isLessThanOrEqualTo((int) pop);
            assertThat(st.expectedHalfWidth()).isLessThanOrEqualTo(0.10 + 1e-12);
            List<Sample.Item> items = s.items().stream()
                    .filter(i -> i.label().equals(st.label()) && i.value().equals(st.value()) && i.split().equals(st.split())).toList();
            assertThat(items).hasSize(st.sampled());
            assertThat(items.stream().map(Sample.Item::image).distinct().count()).isEqualTo(st.sampled());
            for (Sample.Item i : items) {
                int row = rowOf(i.image());
                assertThat(ls.value(ls.indexOf(i.label()), row)).isEqualTo(v);
                assertThat(i.stratumSize()).isEqualTo(pop);
            }
        }
        assertThat(s.items()).extracting(Sample.Item::sampleId).doesNotHaveDuplicates();
    }

    @Test
    void addingALabelDoesNotChangeAnotherLabelsDraw() {
        Sample one = Sampler.draw(ds, new SampleOptions(5, null, List.of("Edema"), List.of(), List.of(), 0.1, 0.1, 0));
        Sample two = Sampler.draw(ds, new SampleOptions(5, null, List.of("Pneumonia", "Edema"), List.of(), List.of(), 0.1, 0.1, 0));
        assertThat(two.items().stream().filter(i -> i.label().equals("Edema")).map(Sample.Item::image).toList())
                .isEqualTo(one.items().stream().map(Sample.Item::image).toList());
    }

    @Test
    void capAndCsv() throws Exception {
        Sample s = Sampler.draw(ds, new SampleOptions(1, null, List.of("Edema"), List.of("positive"), List.of("train"), 0.02, 0.5, 25));
        assertThat(s.strata()).singleElement().satisfies(st -> assertThat(st.sampled()).isEqualTo(25));
        Path csv = dir.resolve("s.csv");
        SampleCsv.write(s, csv);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo(String.join(",", SampleCsv.HEADER));
        assertThat(lines).hasSize(26);
    }

    @Test
    void badOptionsAreClear() {
        assertThatThrownBy(() -> Sampler.draw(ds, new SampleOptions(1, null, List.of("Edemaa"), List.of(), List.of(), 0.1, 0.1, 0)))
                .isInstanceOf(ManifestException.class).hasMessageContaining("no label 'Edemaa'");
        assertThatThrownBy(() -> Sampler.draw(ds, new SampleOptions(1, "radiologist", List.of(), List.of(), List.of(), 0.1, 0.1, 0)))
                .isInstanceOf(ManifestException.class).hasMessageContaining("labellers are: chexpert");
        assertThatThrownBy(() -> new SampleOptions(1, null, List.of(), List.of(), List.of(), 0, 0.1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static int rowOf(String image) {
        for (int r = 0; r < ds.size(); r++) if (ds.image(r).equals(image)) return r;
        throw new AssertionError(image);
    }
}
