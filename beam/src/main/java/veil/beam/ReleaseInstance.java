package veil.beam;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import veil.deid.keys.SecretKey;
import veil.deid.run.AuditLines;
import veil.deid.run.AuditLog;
import veil.deid.run.DoneMarker;
import veil.deid.run.FileOutcome;
import veil.deid.run.FileProcessor;
import veil.ocr.OcrPixelCleaner;
import veil.rules.DeidOption;
import veil.rules.RuleSet;

/**
 * Releases one output path: the first of its inputs (in path order, as a single-threaded local run would) goes through
 * the same {@link FileProcessor} as the local run (resume, temp-then-rename write); any other input with the same SOP
 * Instance UID is a duplicate. Emits each input's audit line and quarantine row.
 * One OCR engine set per DoFn instance, created in setup and closed in teardown.
 */
final class ReleaseInstance extends DoFn<KV<String, Iterable<String>>, AuditEntry> {

    private final RunSpec spec;
    private transient OcrPixelCleaner ocr;
    private transient FileProcessor processor;
    private transient AuditLines lines;
    private transient Path input;
    private transient Capture recorder;

    ReleaseInstance(RunSpec spec) {
        this.spec = spec;
    }

    @Setup
    public void setup() throws Exception {
        SecretKey key = spec.key();
        RuleSet rules = spec.rules();
        if (rules.has(DeidOption.CLEAN_PIXEL_DATA)) ocr = new OcrPixelCleaner();
        lines = new AuditLines(key.derive("path"));
        Path out = spec.outputPath().toAbsolutePath().normalize();
        // Resume trusts an existing output only when the earlier audit's marker matches it, as the local run does.
        Map<String, DoneMarker> done = AuditLog.doneMarkers(out.resolveSibling(out.getFileName() + ".audit.jsonl"));
        recorder = new Capture(done);
        // Claims always succeed: the GroupByKey before this step already gave each output path one input.
        processor = new FileProcessor(spec.outputPath(), spec.engine(key, rules, ocr), target -> true, true, recorder);
        input = spec.inputPath();
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<String>> group, OutputReceiver<AuditEntry> out) {
        List<String> inputs = new ArrayList<>();
        group.getValue().forEach(inputs::add);
        inputs.sort((a, b) -> Path.of(a).compareTo(Path.of(b)));
        for (int i = 0; i < inputs.size(); i++) {
            String relative = inputs.get(i);
            FileOutcome outcome;
            DoneMarker marker = null;
            if (i == 0) {
                try {
                    outcome = processor.process(input.resolve(relative), relative);
                    marker = recorder.take();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);   // the output folder cannot be written: fail the bundle
                }
            } else {
                outcome = new FileOutcome.Quarantined(FileProcessor.DUPLICATE, List.of());
            }
            String row = outcome instanceof FileOutcome.Quarantined q ? AuditLines.quarantineRow(relative, q.reason()) : null;
            out.output(new AuditEntry(outcome.status(), strip(lines.auditLine(relative, outcome, marker)), row == null ? null : strip(row)));
        }
    }

    /** Keeps what the processor records, for this DoFn to emit as Beam output instead of appending to a file. */
    private static final class Capture implements FileProcessor.Recorder {
        private final Map<String, DoneMarker> done;
        private DoneMarker last;

        Capture(Map<String, DoneMarker> done) {
            this.done = done;
        }

        @Override
        public DoneMarker doneMarker(String output) {
            return done.get(output);
        }

        @Override
        public void record(String relativeInput, FileOutcome outcome, DoneMarker marker) {
            last = marker;
        }

        DoneMarker take() {
            DoneMarker m = last;
            last = null;
            return m;
        }
    }

    @Teardown
    public void teardown() {
        if (ocr != null) ocr.close();
    }

    private static String strip(String line) {
        return line.stripTrailing();
    }
}
