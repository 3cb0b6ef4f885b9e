package veil.beam;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import veil.deid.run.AuditLines;
import veil.deid.run.FileProcessor;

/**
 * {@code veil deid IN OUT --runner R}: the local run's work as a Beam pipeline.
 * FileIO.match over IN, key each input by its output path, GroupByKey (duplicates meet there, not in run-global
 * state), release each path through the same file processor as the local run, and write the audit lines and
 * quarantine rows as the pipeline's own outputs. IN, OUT and the key file must be visible to every worker at the same
 * paths (one machine, or a shared file system on a cluster).
 */
public final class DeidPipeline {

    /** The runners {@code --runner} accepts. */
    public enum Runner {
        DIRECT("DirectRunner"), FLINK("FlinkRunner"), SPARK("SparkRunner");

        final String className;

        Runner(String className) {
            this.className = className;
        }

        public static Runner byName(String name) {
            for (Runner r : values()) if (r.name().equalsIgnoreCase(name)) return r;
            throw new IllegalArgumentException("unknown runner '" + name + "'; valid runners: direct, flink, spark");
        }
    }

    /** What the run did, counted from its audit lines. */
    public record Summary(long inputs, long written, long alreadyDone, long skipped, long quarantined, Path audit,
                          Path quarantineList) {
        public int exitCode() {
            return quarantined > 0 ? 2 : 0;
        }
    }

    private final RunSpec spec;
    private final Runner runner;
    private final int threads;
    private final Map<String, String> runnerOptions;

    /** @param runnerOptions Beam pipeline options (name to value) that override Veil's defaults for the runner */
    public DeidPipeline(RunSpec spec, Runner runner, int threads, Map<String, String> runnerOptions) {
        this.spec = spec;
        this.runner = runner;
        this.threads = threads;
        this.runnerOptions = Map.copyOf(runnerOptions);
    }

    /** The Beam options: the runner, its parallelism from {@code threads}, then the user's options. */
    Map<String, String> beamOptions() {
        Map<String, String> opts = new LinkedHashMap<>();
        opts.put("runner", runner.className);
        switch (runner) {
            case DIRECT -> {
                opts.put("targetParallelism", Integer.toString(threads));
                // Its checks serialize and compare every element; the elements here are small values Veil made.
                opts.put("enforceImmutability", "false");
                opts.put("enforceEncodability", "false");
            }
            case FLINK -> {
                opts.put("flinkMaster", "[local]");
                opts.put("parallelism", Integer.toString(threads));
                // Skips Flink's defensive copy between operators; no transform here mutates an element it is given.
                opts.put("fasterCopy", "true");
            }
            case SPARK -> opts.put("sparkMaster", "local[" + threads + "]");
        }
        opts.putAll(runnerOptions);
        return opts;
    }

    private static List<String> asArgs(Map<String, String> opts) {
        List<String> args = new ArrayList<>();
        opts.forEach((k, v) -> args.add("--" + k + "=" + v));
        return args;
    }

    public Summary run() throws IOException {
        Path in = spec.inputPath();
        Path out = spec.outputPath();
        Path audit = sibling(out, ".audit.jsonl");
        Path quarantine = sibling(out, ".quarantine.tsv");
        Path auditPart = sibling(out, ".audit.jsonl.beam-part");
        Files.createDirectories(out);
        removeStaleTemporaries(out);
        Files.deleteIfExists(auditPart);

        Map<String, String> opts = beamOptions();
        Path flinkConf = null;
        if (runner == Runner.FLINK && LoopbackOnly.isLocalFlink(opts)) {
            flinkConf = LoopbackOnly.writeFlinkConfDir();
            opts.put("flinkConfDir", flinkConf.toString());
        }
        if (runner == Runner.SPARK && LoopbackOnly.isLocalSpark(opts)) LoopbackOnly.applySparkProperties();
        try {
            return run(opts, in, out, audit, quarantine, auditPart);
        } finally {
            if (flinkConf != null) LoopbackOnly.deleteFlinkConfDir(flinkConf);
        }
    }

    private Summary run(Map<String, String> opts, Path in, Path out, Path audit, Path quarantine, Path auditPart)
            throws IOException {
        PipelineOptions options = PipelineOptionsFactory.fromArgs(asArgs(opts).toArray(String[]::new)).withValidation().create();
        options.setJobName("veil-deid");
        Pipeline p = Pipeline.create(options);
        PCollection<AuditEntry> entries = p
                .apply("Match IN", FileIO.match().filepattern(in + "/**").withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW))
                .apply("Key by output path", ParDo.of(new KeyByOutput(spec)))
                .apply("Group by new instance UID", GroupByKey.create())
                .apply("De-identify and write", ParDo.of(new ReleaseInstance(spec)))
                .setCoder(SerializableCoder.of(AuditEntry.class));
        entries.apply("Audit lines", MapElements.into(TypeDescriptors.strings()).via(AuditEntry::auditLine))
                .apply("Write audit", TextIO.write().to(auditPart.toString()).withoutSharding());
        entries.apply("Quarantined only", Filter.by(e -> e.quarantineRow() != null))
                .apply("Quarantine rows", MapElements.into(TypeDescriptors.strings()).via(AuditEntry::quarantineRow))
                .apply("Write quarantine list", TextIO.write().to(quarantine.toString()).withoutSharding()
                        .withHeader(AuditLines.QUARANTINE_HEADER.stripTrailing()));
        PipelineResult.State state = p.run().waitUntilFinish();
        if (state != PipelineResult.State.DONE) throw new IOException("the pipeline ended in state " + state);
        return appendAudit(auditPart, audit, quarantine);
    }

    /** A resumed run appends to the audit, as the local run does; the pipeline wrote this run's lines apart. */
    private static Summary appendAudit(Path part, Path audit, Path quarantine) throws IOException {
        ObjectMapper json = new ObjectMapper();
        long inputs = 0, written = 0, done = 0, skipped = 0, quarantined = 0;
        try (BufferedWriter w = Files.newBufferedWriter(audit, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND); Stream<String> lines = Files.lines(part, StandardCharsets.UTF_8)) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) continue;
                inputs++;
                switch (json.readTree(line).path("status").asText()) {
                    case "written" -> written++;
                    case "already-done" -> done++;
                    case "quarantined" -> quarantined++;
                    default -> skipped++;
                }
                w.write(line);
                w.newLine();
            }
        }
        Files.delete(part);
        return new Summary(inputs, written, done, skipped, quarantined, audit, quarantine);
    }

    static Path sibling(Path out, String suffix) {
        Path abs = out.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + suffix);
    }

    private static void removeStaleTemporaries(Path out) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.filter(p -> p.getFileName().toString().endsWith(FileProcessor.TEMP_SUFFIX)).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
