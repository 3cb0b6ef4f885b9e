package veil.beam;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import veil.deid.io.InstanceReader;
import veil.deid.run.ToolVersion;
import veil.deid.keys.SecretKey;

/**
 * {@code veil deid IN OUT --runner direct|flink|spark}: the launcher runs this jar instead of veil.jar when it sees
 * {@code --runner}, so the plain CLI never loads Beam.
 */
@Command(name = "veil", mixinStandardHelpOptions = true, version = "veil " + ToolVersion.VERSION,
        subcommands = BeamMain.Deid.class, description = "Veil on Apache Beam")
public final class BeamMain {

    public static void main(String[] args) {
        InstanceReader.quietPixelMed();
        System.exit(new CommandLine(new BeamMain())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("veil: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
                    return 1;
                })
                .execute(args));
    }

    @Command(name = "deid", mixinStandardHelpOptions = true,
            description = {"De-identify a folder of DICOM files into OUT on an Apache Beam runner; the same outputs,",
                    "audit and quarantine list as the local run. IN, OUT and the key file must be visible to every worker.", "",
                    "Example: veil deid /data/raw /data/release --key-file ~/veil.key --runner flink"},
            footer = {"", "Exit codes: 0 all released or skipped, 2 some inputs quarantined, 1 usage or fatal error."})
    static final class Deid implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "IN", description = "folder of input files (walked recursively)")
        Path input;

        @Parameters(index = "1", paramLabel = "OUT", description = "output folder (created; must not be inside IN)")
        Path output;

        @Option(names = "--key-file", required = true, paramLabel = "FILE", description = "secret key (created if missing)")
        Path keyFile;

        @Option(names = "--profile", paramLabel = "NAME|FILE", defaultValue = "basic", description = "profile; default: ${DEFAULT-VALUE}")
        String profile;

        @Option(names = "--option", paramLabel = "OPTION", description = "PS3.15 option to add (repeatable)")
        List<String> options = List.of();

        @Option(names = "--threads", paramLabel = "N", description = "parallelism on one machine; default: the number of cores")
        int threads = Runtime.getRuntime().availableProcessors();

        @Option(names = "--runner", required = true, paramLabel = "direct|flink|spark", description = "Beam runner")
        String runner;

        @Option(names = "--runner-option", paramLabel = "K=V",
                description = "Beam pipeline option, e.g. flinkMaster=host:8081 or sparkMaster=spark://host:7077 (repeatable)")
        List<String> runnerOptions = List.of();

        @Option(names = "--quiet", description = "no summary")
        boolean quiet;

        @Override
        public Integer call() throws Exception {
            Path in = input.toAbsolutePath().normalize();
            Path out = output.toAbsolutePath().normalize();
            if (!Files.isDirectory(in)) return usage("input folder does not exist: " + input);
            if (out.startsWith(in)) return usage("the output folder must not be inside the input folder");
            if (in.startsWith(out)) return usage("the input folder must not be inside the output folder");
            if (threads < 1) return usage("--threads must be at least 1");
            DeidPipeline.Runner r;
            Map<String, String> extra = new LinkedHashMap<>();
            try {
                r = DeidPipeline.Runner.byName(runner);
                for (String option : runnerOptions) {
                    String kv = option.startsWith("--") ? option.substring(2) : option;
                    int eq = kv.indexOf('=');
                    if (eq <= 0) return usage("--runner-option takes K=V, got '" + option + "'");
                    extra.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
            } catch (IllegalArgumentException e) {
                return usage(e.getMessage());
            }
            SecretKey.Loaded key = SecretKey.loadOrCreate(keyFile);
            if (key.created() && !quiet) {
                System.err.println("veil: created a new key in " + keyFile + " (owner-only permissions). Keep it secret and keep it.");
            }
            RunSpec spec = new RunSpec(in.toString(), out.toString(), keyFile.toAbsolutePath().toString(), profile, options, ToolVersion.VERSION);
            try {
                spec.rules();   // a bad profile or option is a usage error here, not a failed job on a worker
            } catch (RuntimeException e) {
                return usage(e.getMessage());
            }
            long start = System.nanoTime();
            DeidPipeline.Summary s = new DeidPipeline(spec, r, threads, extra).run();
            if (!quiet) {
                System.err.printf("veil deid (%s runner): %d input file(s): %d written, %d already done, %d skipped (not DICOM),"
                                + " %d quarantined in %.1f s%n", runner, s.inputs(), s.written(), s.alreadyDone(), s.skipped(),
                        s.quarantined(), (System.nanoTime() - start) / 1e9);
                System.err.printf("  audit: %s%n", s.audit());
                if (s.quarantined() > 0) System.err.printf("  quarantined inputs and reasons: %s%n", s.quarantineList());
            }
            return s.exitCode();
        }

        private static int usage(String message) {
            System.err.println("veil: " + message);
            return 1;
        }
    }
}
