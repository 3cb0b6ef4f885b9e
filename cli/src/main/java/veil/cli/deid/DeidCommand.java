package veil.cli.deid;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import veil.cli.KeyFiles;
import veil.cli.Main;
import veil.cli.Progress;
import veil.cli.UserError;
import veil.deid.io.InstanceReader;
import veil.deid.keys.SecretKey;
import veil.ocr.OcrPixelCleaner;
import veil.rules.DeidOption;
import veil.deid.pixels.PixelCleaner;
import veil.deid.run.DeidRun;
import veil.deid.run.RunConfig;
import veil.deid.run.RunSummary;
import veil.deid.text.ScanningTextCleaner;
import veil.deid.text.TextCleaner;
import veil.rules.ProfileLoader;
import veil.rules.RuleSet;

@Command(name = "deid", mixinStandardHelpOptions = true,
        description = {"De-identify a folder of DICOM files into OUT (OUT/<patient>/<study>/<series>/<instance>.dcm).",
                "An input that cannot be fully de-identified is quarantined, never written. Re-running resumes.",
                "Writes OUT.audit.jsonl (no PHI) and OUT.quarantine.tsv (input paths, for the operator) beside OUT.", "",
                "Example: veil deid /data/raw /data/release --key-file ~/veil.key --profile research"},
        footer = {"", "Exit codes: 0 all released or skipped, 2 some inputs quarantined, 1 usage or fatal error."})
public final class DeidCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IN", description = "folder of input files (walked recursively)")
    Path input;

    @Parameters(index = "1", paramLabel = "OUT", description = "output folder (created; must not be inside IN)")
    Path output;

    @Option(names = "--key-file", required = true, paramLabel = "FILE",
            description = "secret key (created with 0600 permissions if missing); keep it to stay consistent across runs")
    Path keyFile;

    @Option(names = "--profile", paramLabel = "NAME|FILE", defaultValue = "basic",
            description = "built-in profile (basic, research, research-safe-private) or a YAML file; default: ${DEFAULT-VALUE}")
    String profile;

    @Option(names = "--option", paramLabel = "OPTION", description = "PS3.15 option to add, e.g. retain-uids, clean-pixel-data (repeatable)")
    List<String> options = List.of();

    @Option(names = "--threads", paramLabel = "N", description = "worker threads; default: the number of cores")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--quiet", description = "no progress bar or summary")
    boolean quiet;

    @Option(names = "--durable", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "fsync every output before renaming it into place, and the folders and audit at the end, so a"
                    + " power cut never leaves a partial file under a final name (default: on; --no-durable to skip)")
    boolean durable;

    @Option(names = "--follow-links", description = "walk symbolic links to folders inside IN (default: list them as not walked)")
    boolean followLinks;

    @Option(names = "--wait", description = "if another run is writing to OUT, wait for it to finish (default: refuse to start)")
    boolean waitForLock;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(input)) throw new UserError("input folder does not exist: " + input);
        if (threads < 1) throw new UserError("--threads must be at least 1");
        InstanceReader.warmUpInBackground();
        RuleSet rules = RuleSet.compile(ProfileLoader.load(profile), Options.parse(options));
        SecretKey key = KeyFiles.load(keyFile, "deid", quiet, System.err);
        RunSummary s;
        try (OcrPixelCleaner ocr = new OcrPixelCleaner(); Progress progress = Progress.start("deid", quiet)) {
            // One Tesseract engine per worker thread, created on first use: only instances that need it pay.
            PixelCleaner pixels = rules.has(DeidOption.CLEAN_PIXEL_DATA) ? ocr : null;
            RunConfig config = new RunConfig(input, output, key, rules, threads, textCleaner(), pixels, Main.VERSION,
                    durable, followLinks, waitForLock);
            s = new DeidRun(config).run(progress);
        }
        if (!quiet) printSummary(s);
        return s.exitCode();
    }

    /**
     * Free text in headers (C) goes through the report scanner, which replaces only what it finds. Loaded on first
     * use: its models and word lists take a second, which a profile without C actions should not pay.
     */
    static TextCleaner textCleaner() {
        return text -> ScanningTextCleaner.shared().clean(text);
    }

    static void printSummary(RunSummary s) {
        System.err.printf("veil deid: %d input file(s): %d written, %d already done, %d skipped (not DICOM), %d quarantined in %.1f s%n",
                s.inputs(), s.written(), s.alreadyDone(), s.skipped(), s.quarantined(), s.elapsed().toMillis() / 1000.0);
        if (s.writtenWithoutPixelScreening() > 0) {
            System.err.printf("  %d released instance(s) have pixel data that was not screened for burned-in text"
                    + " (use --option clean-pixel-data to screen every image)%n", s.writtenWithoutPixelScreening());
        }
        System.err.printf("  audit: %s%n", s.audit());
        if (s.notWalked() > 0) {
            System.err.printf("  %d folder(s) or link(s) in IN were not walked (symbolic links, unreadable folders): listed in %s%n",
                    s.notWalked(), s.quarantineList());
        }
        if (s.quarantined() > 0) System.err.printf("  quarantined inputs and reasons: %s%n", s.quarantineList());
    }
}
