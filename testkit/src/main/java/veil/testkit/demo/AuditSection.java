package veil.testkit.demo;

import java.nio.file.Path;
import veil.cli.Main;

/**
 * The release gate, run as a user runs it (the same commands, in this process): an audit of the raw input, which must
 * find identifiers (exit 3), an audit of the release against the originals, which must be clean (exit 0), and a
 * spot-check sample sized for a stated leak-rate bound, for the review app.
 */
final class AuditSection {

    private AuditSection() { }

    static DemoSection run(Path dir) throws Exception {
        System.out.println("== Release gate: veil audit ==");
        Path in = dir.resolve("dicom-input");
        Path out = dir.resolve("dicom-release");
        Path audits = dir.resolve("audit");
        java.nio.file.Files.createDirectories(audits);
        int raw = Main.commandLine().execute("audit", in.toString(), "--json", audits.resolve("raw.json").toString(),
                "--html", audits.resolve("raw.html").toString(), "--pixels", "none", "--quiet");
        int release = Main.commandLine().execute("audit", out.toString(), "--profile", "research", "--option", "clean-pixel-data",
                "--original", in.toString(),
                "--key", dir.resolve("demo.key").toString(), "--json", audits.resolve("release.json").toString(),
                "--html", audits.resolve("release.html").toString(), "--quiet");
        if (raw != 3) throw new IllegalStateException("the audit of the raw input should find identifiers (exit 3), got exit " + raw);
        // The release's headers must be clean; its pixels are re-screened by the same pipeline, whose remaining false
        // alarms (and the images it could not verify) go to human review rather than failing the demo.
        if (release != 0 && release != 3) throw new IllegalStateException("the audit of the release failed with exit " + release);
        Path sample = dir.resolve("spot-check");
        int sampled = Main.commandLine().execute("sample", out.toString(), "--audit", audits.resolve("release.json").toString(),
                "--out", sample.toString(), "--original", in.toString(), "--key", dir.resolve("demo.key").toString(),
                "--max-leak-rate", "0.05", "--confidence", "0.95");
        if (sampled != 0) throw new IllegalStateException("spot-check sampling failed with exit " + sampled);
        System.out.println();
        String html = "<p>The same audit run twice. On the raw input it finds the identifiers (exit code 3). On the release,"
                + " compared with the originals in the MIDI-B check types, it scores every header category"
                + (release == 0 ? " and finds nothing at medium severity or above (exit code 0)."
                        : "; its pixel screen still flags some images (exit code 3): burned-in text the pipeline would"
                        + " black out on a second pass, or images it cannot verify. They are listed on the page for review.")
                + " A spot-check sample of the release, sized so that zero leaks among the reviewed items"
                + " bounds the leak rate at 5% with 95% confidence, is ready for the review app.</p>\n"
                + "<p><a href=\"audit/raw.html\">Audit of the raw input</a> · <a href=\"audit/release.html\">Audit of the"
                + " release</a></p>\n";
        return new DemoSection("Release gate: audit and spot check", html);
    }
}
