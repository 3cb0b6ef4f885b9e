package veil.cli.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import veil.cli.Main;
import veil.testkit.qa.SyntheticManifests;

class QaCommandsTest {
    @TempDir Path dir;

    record Run(int code, String out, String err) {}

    static Run veil(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = new CommandLine(new Main()).execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void qaSampleReviewImportAndQaAgain() throws Exception {
        Path input = SyntheticManifests.chexpert(dir.resolve("chexpert"), 300, 9).input();
        Run qa = veil("qa", input.toString(), "--json", dir.resolve("qa.json").toString(), "--html", dir.resolve("qa.html").toString());
        assertThat(qa.code()).as(qa.err()).isZero();
        assertThat(qa.out()).contains("chexpert:").contains("HIGH: ");
        assertThat(dir.resolve("qa.json")).isRegularFile();
        assertThat(dir.resolve("qa.html")).isRegularFile();

        Path sample = dir.resolve("sample.csv");
        Run s = veil("sample", input.toString(), "--labels", "Edema", "--values", "positive", "--seed", "3", "-o", sample.toString(),
                "--html", dir.resolve("sheet.html").toString());
        assertThat(s.code()).as(s.err()).isZero();
        List<String> lines = Files.readAllLines(sample);
        assertThat(lines.size()).isGreaterThan(10);
        // fill in: every fifth label is wrong
        StringBuilder filled = new StringBuilder(lines.get(0)).append('\n');
        for (int i = 1; i < lines.size(); i++) {
            String[] c = lines.get(i).split(",", -1);
            c[9] = i % 5 == 0 ? "wrong" : "correct";
            filled.append(String.join(",", c)).append('\n');
        }
        Path verdicts = dir.resolve("verdicts.csv");
        Files.writeString(verdicts, filled);
        Path db = dir.resolve("review.sqlite");
        Run imp = veil("review", "import", verdicts.toString(), "--db", db.toString());
        assertThat(imp.code()).as(imp.err()).isZero();
        assertThat(imp.out()).contains("Edema").contains("95% CI");

        Run again = veil("qa", input.toString(), "--review-db", db.toString(), "--json", "-");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("\"review\"").contains("\"error_rate\"");
    }

    @Test
    void badInputExitsOneWithTheMissingColumns() throws Exception {
        Path bad = dir.resolve("train.csv");
        Files.writeString(bad, "Path,Age\nx,1\n");
        Run r = veil("qa", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("missing required columns Sex, Frontal/Lateral, AP/PA");
        assertThat(veil("qa", dir.resolve("nothing.csv").toString()).code()).isEqualTo(1);
        assertThat(veil("review").code()).isEqualTo(1);
    }
}
