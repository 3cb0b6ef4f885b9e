package veil.testkit.embeddings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import veil.qa.QaReports;
import veil.qa.embeddings.EmbeddingFigures;
import veil.qa.embeddings.EmbeddingQa;
import veil.qa.embeddings.EmbeddingsLoader;
import veil.qa.manifest.Dataset;
import veil.qa.manifest.ManifestLoader;
import veil.testkit.qa.SyntheticManifests;
import veil.qa.stats.Figures;
import veil.qa.stats.QaOptions;

class EmbeddingQaDemoTest {
    @TempDir Path dir;

    @Test
    void plantedDuplicatesAreFoundAndPlantedLabelFlipsRankInTheTopFivePercent() throws Exception {
        Path manifest = dir.resolve("manifest");
        SyntheticManifests.mimic(manifest, 600, 11L);
        SyntheticEmbeddings.Planted planted = SyntheticEmbeddings.writeTfRecords(manifest, dir.resolve("emb"), 128, 5L);
        Dataset ds = ManifestLoader.load(manifest);
        EmbeddingQa.Result r = EmbeddingQa.compute(ds, EmbeddingsLoader.load(dir.resolve("emb")),
                new EmbeddingQa.Options(10, 0.98, 100_000, 2), null);
        EmbeddingFigures f = r.figures();
        assertThat(f.matched()).isEqualTo(ds.size());

        Set<String> found = new HashSet<>();
        for (EmbeddingFigures.Pair p : f.nearDuplicates().top()) found.add(key(EmbeddingQa.imageId(p.imageA()), EmbeddingQa.imageId(p.imageB())));
        for (String[] d : planted.duplicates()) assertThat(found).contains(key(d[0], d[1]));
        assertThat(f.crossSplit().pairsDifferentPatients()).isGreaterThanOrEqualTo(planted.duplicates().size() / 2);

        int top = (int) Math.ceil(0.05 * f.labelSuspects().imagesJudged());
        Set<String> topIds = new HashSet<>();
        for (EmbeddingFigures.Suspect s : r.ranking().subList(0, top)) topIds.add(EmbeddingQa.imageId(s.image()));
        long caught = planted.flips().keySet().stream().filter(topIds::contains).count();
        assertThat(planted.flips()).hasSizeGreaterThan(10);
        assertThat((double) caught / planted.flips().size()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void theDatasheetAndJsonCarryTheEmbeddingFiguresAndWarnings() throws Exception {
        Path manifest = dir.resolve("manifest");
        SyntheticManifests.mimic(manifest, 150, 3L);
        SyntheticEmbeddings.writeNpy(manifest, dir.resolve("e.npy"), 64, 9L);
        Path html = dir.resolve("d.html"), json = dir.resolve("d.json"), suspects = dir.resolve("s.csv");
        QaReports.Result r = QaReports.run(new QaReports.Request(ManifestLoader.Request.of(manifest), QaOptions.defaults(), json, html, null, null,
                new QaReports.ImageInputs(null, dir.resolve("e.npy"), EmbeddingQa.Options.defaults(), suspects, 0, null)));
        Figures f = r.figures();
        assertThat(f.embeddings()).isNotNull();
        assertThat(f.warnings()).extracting(Figures.Warning::code).contains("near_duplicates", "embedding_leakage", "label_suspects");
        String j = java.nio.file.Files.readString(json);
        assertThat(j).contains("\"embeddings\"", "\"near_duplicates\"", "\"cross_split\"", "\"label_suspects\"", "\"pairs_different_patients\"");
        assertThat(java.nio.file.Files.readString(html)).contains("Near-duplicate images", "Suspected label errors");
        List<String> lines = java.nio.file.Files.readAllLines(suspects);
        assertThat(lines.get(0)).startsWith("sample_id,labeller,label,value,split,stratum_size,image,patient,study,verdict");
        assertThat(lines.size() - 1).isEqualTo((int) Math.ceil(0.05 * f.embeddings().labelSuspects().imagesJudged()));
    }

    static String key(String a, String b) { return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a; }
}
