package veil.beam;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import veil.deid.keys.SecretKey;
import veil.deid.run.AuditLines;
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

    ReleaseInstance(RunSpec spec) {
        this.spec = spec;
    }

    @Setup
    public void setup() throws Exception {
        SecretKey key = spec.key();
        RuleSet rules = spec.rules();
        if (rules.has(DeidOption.CLEAN_PIXEL_DATA)) ocr = new OcrPixelCleaner();
        // Claims always succeed: the GroupByKey before this step already gave each output path one input.
        processor = new FileProcessor(spec.outputPath(), spec.engine(key, rules, ocr), target -> true);
        lines = new AuditLines(key.derive("path"));
        input = spec.inputPath();
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<String>> group, OutputReceiver<AuditEntry> out) {
        List<String> inputs = new ArrayList<>();
        group.getValue().forEach(inputs::add);
        inputs.sort((a, b) -> Path.of(a).compareTo(Path.of(b)));
        for (int i = 0; i < inputs.size(); i++) {
            String relative = inputs.get(i);
            FileOutcome outcome = i == 0 ? processor.process(input.resolve(relative))
                    : new FileOutcome.Quarantined(FileProcessor.DUPLICATE, List.of());
            String row = outcome instanceof FileOutcome.Quarantined q ? AuditLines.quarantineRow(relative, q.reason()) : null;
            out.output(new AuditEntry(outcome.status(), strip(lines.auditLine(relative, outcome)), row == null ? null : strip(row)));
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
