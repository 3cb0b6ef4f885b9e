package veil.cli.audit;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import veil.audit.ReleaseAudit;
import veil.audit.finding.Severity;
import veil.audit.run.AuditListener;
import veil.audit.run.AuditOptions;
import veil.audit.run.PixelScreening;
import veil.cli.Progress;
import veil.cli.UserError;
import veil.deid.text.io.InputException;
import veil.rules.PixelPolicy;

/** {@code veil audit}: the release gate over any folder. Wiring only; the checks are in the audit module. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Check a folder before release for anything identifying that survived: headers (every text value at",
                "every depth, private attributes, UIDs, flags, values shared across patients), burned-in text in the pixels",
                "(DICOM, PNG, JPEG), report texts, and with --original the MIDI-B style checks against the originals.",
                "Works on Veil's output or anyone's. The JSON holds the findings with masked evidence; the console only counts."},
        footer = {"", "Exit codes: 0 clean, 3 findings at or above --fail-on, 1 usage or fatal error.", "",
                "Example:", "  veil audit release/ --original raw/ --reports reports.csv --report-column text \\",
                "      --json audit.json --html audit.html --fail-on medium"})
public final class AuditCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder to audit (searched recursively).")
    Path dir;

    @Option(names = "--json", required = true, paramLabel = "FILE", description = "Findings as JSON (masked evidence).")
    Path json;

    @Option(names = "--html", required = true, paramLabel = "FILE", description = "Self-contained HTML page.")
    Path html;

    @Option(names = "--reports", paramLabel = "PATH", description = "Report texts: a .txt file or folder, or a CSV (with --report-column).")
    Path reports;

    @Option(names = "--report-column", paramLabel = "NAME", description = "CSV column holding the report text.")
    String reportColumn;

    @Option(names = "--report-id-column", paramLabel = "NAME", description = "CSV column naming each report (default: row numbers).")
    String reportId;

    @Option(names = "--original", paramLabel = "DIR", description = "The folder the audited one was made from: adds the comparison checks.")
    Path original;

    @Option(names = "--key", paramLabel = "FILE",
            description = "The key file the de-identification used: matches files to originals by their new UIDs (else by pixel hash).")
    Path key;

    @Option(names = "--fail-on", defaultValue = "medium", paramLabel = "LEVEL",
            description = "Exit 3 when a finding is at or above this: info, low, medium (default) or high.")
    String failOn;

    @Option(names = "--pixels", defaultValue = "all", paramLabel = "MODE",
            description = "Screen images for burned-in text: all (default), sample (a tenth) or none (headers only, fast).")
    String pixels;

    @Option(names = "--pixel-policy", defaultValue = "all", paramLabel = "MODE",
            description = "Which burned-in text counts: all (any text but L, R, PORTABLE...) or phi (the instance's identifiers).")
    String pixelPolicy;

    @Option(names = "--threads", defaultValue = "0", paramLabel = "N", description = "Worker threads (default: cores).")
    int threads;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        Severity level = Severity.parse(failOn);
        PixelScreening screening = PixelScreening.parse(pixels);
        PixelPolicy.Mode mode = switch (pixelPolicy.toLowerCase(java.util.Locale.ROOT)) {
            case "all" -> PixelPolicy.Mode.ALL;
            case "phi" -> PixelPolicy.Mode.PHI;
            default -> throw new UserError("--pixel-policy must be all or phi");
        };
        if (reports != null && reports.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv") && reportColumn == null) {
            throw new UserError("--reports CSV needs --report-column NAME");
        }
        AuditOptions options = new AuditOptions(dir, reports, reportColumn, reportId, original, key, screening, mode, threads);
        try (Progress bar = Progress.start("audit", quiet)) {
            AuditListener listener = new AuditListener() {
                @Override public void started(long files) { bar.started(files); }
                @Override public void fileDone() { bar.step(); }
            };
            return ReleaseAudit.run(options, json, html, level, listener, System.out);
        } catch (InputException e) {
            throw new UserError(e.getMessage());
        }
    }
}
