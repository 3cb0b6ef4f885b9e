package veil.qa.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import veil.qa.manifest.Dataset;
import veil.qa.manifest.LabelValue;
import veil.qa.manifest.ManifestException;
import veil.qa.sample.SampleOptions;
import veil.qa.sample.Sampler;
import veil.qa.stats.Figures;
import veil.qa.stats.FiguresCalculator;
import veil.qa.stats.QaOptions;

class DatasheetRendererTest {
    static final String EVIL = "<script>alert(1)</script>";

    @TempDir Path dir;

    static Dataset hostile() {
        Dataset.Builder b = new Dataset.Builder("test");
        for (int i = 0; i < 40; i++) {
            String split = i < 30 ? "train" : "te\"st<b>";
            int r = b.addImage("img" + i + EVIL, i < 5 ? EVIL : "p" + i, "s" + i, split);
            b.category(Dataset.VIEW, r, i % 2 == 0 ? "AP" : "<img src=x onerror=alert(2)>");
            b.category(Dataset.SEX, r, "M");
            b.age(r, 20 + i);
            b.size(r, 2048, 2500);
            b.bits(r, 12);
            b.labels("nlp" + EVIL).set(r, "Label" + EVIL, i % 3 == 0 ? LabelValue.POSITIVE : LabelValue.NEGATIVE);
            b.labels("nlp" + EVIL).set(r, "Other", i % 5 == 0 ? LabelValue.UNCERTAIN : LabelValue.BLANK);
        }
        return b.build();
    }

    @Test
    void dataValuesAreEscapedAndNothingLoadsFromTheNetwork() throws Exception {
        Figures f = FiguresCalculator.compute(hostile(), QaOptions.defaults().withTestSplit("te\"st<b>"));
        DatasheetAnswers a = DatasheetAnswers.from(Map.of("title", "My <i>dataset</i>",
                "motivation", Map.of("purpose", "Research & <b>teaching</b>", "extra_question", "yes")));
        String html = DatasheetRenderer.render(f, a);
        assertThat(html).doesNotContain(EVIL).doesNotContain("<img").doesNotContain("<b>teaching").doesNotContain("<i>dataset");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html).contains("My &lt;i&gt;dataset&lt;/i&gt;");
        assertThat(html).contains("Research &amp; &lt;b&gt;teaching&lt;/b&gt;");
        assertThat(html).contains("extra question");
        assertThat(html.toLowerCase()).doesNotContain("<script").doesNotContain("<link").doesNotContain("<iframe").doesNotContain("@import");
        // every URL is an XML namespace, never something to fetch
        Matcher m = Pattern.compile("(src|href)\\s*=\\s*\"(?!#)([^\"]*)\"").matcher(html);
        while (m.find()) throw new AssertionError("external reference: " + m.group());
        Matcher url = Pattern.compile("https?://[^\"' <]+").matcher(html);
        while (url.find()) assertThat(url.group()).isIn("http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink");
    }

    @Test
    void datasheetSectionsChartsAndUnansweredQuestions() throws Exception {
        Figures f = FiguresCalculator.compute(hostile(), QaOptions.defaults());
        Path out = dir.resolve("d.html");
        DatasheetRenderer.write(f, DatasheetAnswers.empty(), out);
        String html = Files.readString(out);
        for (String h : List.of("Motivation", "Composition", "Collection process", "Preprocessing and labelling", "Uses",
                "Distribution", "Maintenance", "Warnings"))
            assertThat(html).contains(">" + h + "</h2>");
        assertThat(html).contains("Not answered yet (add <code>motivation.purpose</code>");
        int charts = html.split("<svg class=\"chart\"", -1).length - 1;
        assertThat(charts).isGreaterThanOrEqualTo(5);
        assertThat(html).doesNotContain("<?xml").doesNotContain("<!DOCTYPE svg");
        // warnings come before the first computed section
        assertThat(html.indexOf("id=\"warnings\"")).isLessThan(html.indexOf("id=\"composition\""));
    }

    @Test
    void yamlAnswersAreRead() throws Exception {
        Path yaml = dir.resolve("ds.yaml");
        Files.writeString(yaml, "title: Demo\nuses:\n  should_not: [\"diagnosis\", \"triage\"]\nmaintenance: \"Nobody\"\n");
        DatasheetAnswers a = DatasheetAnswers.load(yaml);
        assertThat(a.title()).isEqualTo("Demo");
        assertThat(a.section("uses").answers()).anySatisfy(x -> {
            assertThat(x.key()).isEqualTo("should_not");
            assertThat(x.answer()).isEqualTo("diagnosis; triage");
        });
        assertThat(a.section("maintenance").answers().get(0).answer()).isEqualTo("Nobody");
        Files.writeString(yaml, "- just\n- a list\n");
        assertThatThrownBy(() -> DatasheetAnswers.load(yaml)).isInstanceOf(ManifestException.class);
    }

    @Test
    void sampleSheetIsEscapedToo() throws Exception {
        var s = Sampler.draw(hostile(), SampleOptions.defaults(3));
        Path out = dir.resolve("sheet.html");
        DatasheetRenderer.writeSampleSheet(s, "Review " + EVIL, out);
        String html = Files.readString(out);
        assertThat(html).doesNotContain(EVIL).contains("&lt;script&gt;");
        assertThat(html).contains("S000001");
    }
}
