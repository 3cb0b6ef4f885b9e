package veil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {

    @TempDir
    Path dir;

    record Result(int code, String out, String err) { }

    static Result run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void everyCommandHasHelp() {
        CommandLine root = Main.commandLine();
        assertThat(run("--help").code()).isZero();
        for (String name : root.getSubcommands().keySet()) {
            if (name.equals("help")) continue;
            Result r = run(name, "--help");
            assertThat(r.code()).as(name).isZero();
            assertThat(r.out()).as(name).contains("Usage:");
            for (var sub : root.getSubcommands().get(name).getSubcommands().keySet()) {
                assertThat(run(name, sub, "--help").code()).as(name + " " + sub).isZero();
            }
        }
    }

    @Test
    void aMissingInputFolderIsAClearErrorWithExitCodeOne() {
        Result r = run("deid", dir.resolve("nope").toString(), dir.resolve("out").toString(), "--key-file", dir.resolve("k").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("input folder does not exist").doesNotContain("Exception");
        assertThat(dir.resolve("k")).doesNotExist();
    }

    @Test
    void anUnknownOptionNamesTheValidOnes() throws Exception {
        Files.createDirectories(dir.resolve("in"));
        Result r = run("deid", dir.resolve("in").toString(), dir.resolve("out").toString(), "--key-file",
                dir.resolve("k").toString(), "--option", "retain-everything");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("unknown option 'retain-everything'").contains("retain-uids");
    }

    @Test
    void aBrokenProfileIsReportedWithItsLine() throws Exception {
        Path p = dir.resolve("p.yaml");
        Files.writeString(p, "extends: basic\nrules:\n  - tag: PatientID\n    action: shred\n");
        Result r = run("profile", "show", p.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("line 4").contains("unknown action 'shred'");
    }

    @Test
    void outputInsideInputIsRefused() throws Exception {
        Files.createDirectories(dir.resolve("in"));
        Result r = run("deid", dir.resolve("in").toString(), dir.resolve("in/out").toString(), "--key-file", dir.resolve("k").toString(), "--quiet");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("must not be inside the input folder");
    }

    @Test
    void usageMistakesExitWithOne() {
        assertThat(run("deid").code()).isEqualTo(1);
        assertThat(run("no-such-command").code()).isEqualTo(1);
    }

    @Test
    void aTriviallyWeakKeyIsRefusedWithExitOneAndNotPrinted() throws Exception {
        Files.createDirectories(dir.resolve("in"));
        Path key = dir.resolve("zero.key");
        Files.writeString(key, "0".repeat(64) + "\n");
        Result r = run("deid", dir.resolve("in").toString(), dir.resolve("out").toString(), "--key-file", key.toString(), "--quiet");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("trivially weak key").doesNotContain("00000000").doesNotContain("Exception");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aKeyFileReadableByOthersGetsAWarningWithoutTheKey() throws Exception {
        Files.createDirectories(dir.resolve("in"));
        Path key = dir.resolve("shared.key");
        String hex = "0123456789abcdef".repeat(4);
        Files.writeString(key, hex + "\n");
        Files.setPosixFilePermissions(key, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.err;
        System.setErr(new java.io.PrintStream(captured, true));
        try {
            Result r = run("deid", dir.resolve("in").toString(), dir.resolve("out").toString(), "--key-file", key.toString(), "--quiet");
            assertThat(r.code()).isZero();
        } finally {
            System.setErr(old);
        }
        assertThat(captured.toString()).contains("can be read by its group or by others").contains("chmod 600")
                .doesNotContain(hex.substring(0, 16));
    }
}
