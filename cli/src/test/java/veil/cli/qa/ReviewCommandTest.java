package veil.cli.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import veil.qa.review.ItemVerdict;
import veil.qa.review.ReviewStore;

class ReviewCommandTest {
    @TempDir Path dir;

    private record Run(int code, String out, String err) {}

    private Run run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = new CommandLine(new ReviewCommand()).execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    Path sample() throws Exception {
        Path s = dir.resolve("sample");
        Files.createDirectories(s.resolve("img"));
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY), "png", s.resolve("img/a-after.png").toFile());
        Files.writeString(s.resolve("items.jsonl"), "{\"id\":\"a\",\"kind\":\"spot-check\",\"file\":\"x.dcm\","
                + "\"images\":[{\"label\":\"after\",\"src\":\"img/a-after.png\",\"boxes\":[[1,1,2,2]]}]}\n");
        return s;
    }

    @Test
    void serveWithAMissingSampleExitsOneWithAClearError() {
        Run r = run("serve", dir.resolve("nope").toString(), "--db", dir.resolve("r.sqlite").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("veil: the sample").contains("does not exist").doesNotContain("Exception");
    }

    @Test
    void serveNamesTheBadLineOfItemsJsonl() throws Exception {
        Path s = sample();
        Files.writeString(s.resolve("items.jsonl"), Files.readString(s.resolve("items.jsonl")) + "{\"id\":\"b\",\"images\":[{}]}\n");
        Run r = run("serve", s.toString(), "--db", dir.resolve("r.sqlite").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("veil: items.jsonl line 2: \"src\" is missing");
    }

    @Test
    void serveOnAPortInUseExitsOneAndSaysSo() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run r = run("serve", sample().toString(), "--db", dir.resolve("r.sqlite").toString(), "--port", "" + taken.getLocalPort());
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).contains("port " + taken.getLocalPort() + " on 127.0.0.1 is in use").contains("--port 0");
        }
    }

    @Test
    void exportOfAMissingDatabaseExitsOne() {
        Run r = run("export", "--db", dir.resolve("none.sqlite").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("review database").contains("does not exist");
        assertThat(dir.resolve("none.sqlite")).doesNotExist();
    }

    @Test
    void exportWritesVerdictsKappaAndTheLeakBound() throws Exception {
        Path db = dir.resolve("r.sqlite");
        try (ReviewStore store = ReviewStore.open(db)) {
            store.registerItems("spot-check", List.of(new String[] {"a", "CR"}, new String[] {"b", "CR"}, new String[] {"c", "US"}));
            for (String[] v : new String[][] {{"a", "ana", "pass"}, {"b", "ana", "fail"}, {"a", "ben", "pass"}, {"b", "ben", "fail"}})
                store.recordVerdict(new ItemVerdict("spot-check", v[0], "", v[1], v[2], "", "2026-12-02T10:00:00Z"), null);
        }
        Path csv = dir.resolve("v.csv"), json = dir.resolve("v.json");
        Run r = run("export", "--db", db.toString(), "--csv", csv.toString(), "--json", json.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("spot-check: 2 of 3 items reviewed, 4 verdicts").contains("kappa ana / ben: 1.000 over 2 items")
                .contains("1 fail in 2 reviewed items").contains("1 of 3 items not reviewed yet");
        assertThat(Files.readAllLines(csv)).hasSize(5).first().isEqualTo("kind,item_id,stratum,reviewer,verdict,note,decided_at");
        assertThat(Files.readString(csv)).contains("spot-check,b,CR,ana,fail,,2026-12-02T10:00:00Z");
        assertThat(Files.readString(json)).contains("\"kappa\" : 1.0").contains("\"upper\" : 0.97");
    }

    @Test
    void helpOfServeAndExportIsWellFormed() {
        for (String sub : new String[] {"serve", "export"}) {
            Run r = run(sub, "--help");
            assertThat(r.code()).as(sub).isZero();
            assertThat(r.out() + r.err()).as(sub).contains("Usage: review " + sub).doesNotContain("WARN").doesNotContain("%n");
        }
    }

    @Test
    void withoutASubcommandItExitsOne() {
        assertThat(run().code()).isEqualTo(1);
    }
}
