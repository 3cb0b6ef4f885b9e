package veil.cli.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TextCommandTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private Run run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = new CommandLine(new TextCommand()).execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void scanPrintsJsonLinesWithOffsetsAndExitsThreeWhenSomethingIsFound() throws Exception {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "Called to Dr. Okafor on 03/14/2019.");
        Run r = run("scan", f.toString(), "--json");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).contains("{\"doc\":\"a.txt\",\"start\":14,\"end\":20,\"type\":\"NAME\",\"text\":\"Okafor\"}");
    }

    @Test
    void scanExitsZeroOnCleanText() throws Exception {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "The lungs are clear.");
        assertThat(run("scan", f.toString()).code()).isZero();
    }

    @Test
    void wrongCsvColumnIsAClearErrorWithoutAStackTrace() throws Exception {
        Path csv = dir.resolve("r.csv");
        Files.writeString(csv, "id,report\nA,Dr. Okafor\n");
        Run r = run("scan", csv.toString(), "--column", "TEXT");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no such column").contains("id, report").doesNotContain("Exception");
    }

    @Test
    void redactWritesTaggedCopiesAndRefusesToOverwriteItsInput() throws Exception {
        Path in = dir.resolve("in"), out = dir.resolve("out");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), "Called to Dr. Okafor on 03/14/2019.");
        assertThat(run("redact", in.toString(), out.toString()).code()).isZero();
        assertThat(Files.readString(out.resolve("a.txt"))).isEqualTo("Called to Dr. [NAME] on [DATE].");
        assertThat(run("redact", in.resolve("a.txt").toString(), in.resolve("a.txt").toString()).code()).isEqualTo(1);
    }

    @Test
    void surrogateStyleNeedsAKeyAndShiftsDatesWithIt() throws Exception {
        Path f = dir.resolve("a.txt"), key = dir.resolve("k.bin");
        Files.writeString(f, "Seen on 03/14/2019 by Dr. Okafor.");
        assertThat(run("redact", f.toString(), dir.resolve("o.txt").toString(), "--style", "surrogate").code()).isEqualTo(1);
        Files.writeString(key, "0123456789abcdef".repeat(4));   // a key file as `veil deid` writes it: 64 hex digits
        assertThat(run("redact", f.toString(), dir.resolve("o.txt").toString(), "--style", "surrogate", "--key-file", key.toString()).code()).isZero();
        String out = Files.readString(dir.resolve("o.txt"));
        assertThat(out).doesNotContain("Okafor").doesNotContain("03/14/2019").matches("Seen on \\d\\d/\\d\\d/\\d{4} by Dr\\. .+\\.");
    }
}
