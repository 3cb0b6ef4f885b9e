package veil.beam;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import veil.deid.engine.InstanceEngine;
import veil.deid.io.DicomSniffer;
import veil.deid.io.InstanceReader;
import veil.deid.keys.SecretKey;

/**
 * Keys each input by the output path the engine gives it (pseudonymised patient, new study, series and instance UIDs),
 * so that a GroupByKey brings together inputs with one SOP Instance UID. Inputs without an output path (not DICOM,
 * unreadable, missing UIDs) get a key of their own: {@link ReleaseInstance} gives them the local run's outcome.
 * The header is read again there; reading it is cheap next to writing the file.
 */
final class KeyByOutput extends DoFn<MatchResult.Metadata, KV<String, String>> {

    private final RunSpec spec;
    private transient InstanceEngine engine;
    private transient Path input;

    KeyByOutput(RunSpec spec) {
        this.spec = spec;
    }

    @Setup
    public void setup() throws Exception {
        SecretKey key = spec.key();
        engine = spec.engine(key, spec.rules(), null);   // naming only: no pixel work happens here
        input = spec.inputPath();
    }

    @ProcessElement
    public void process(@Element MatchResult.Metadata file, OutputReceiver<KV<String, String>> out) {
        Path path = Path.of(file.resourceId().toString());
        String relative = input.relativize(path).toString();
        out.output(KV.of(outputKey(path, relative), relative));
    }

    private String outputKey(Path path, String relative) {
        String own = "\u0000input:" + relative;   // cannot clash with a relative output path
        try {
            if (path.getFileName().toString().equalsIgnoreCase("DICOMDIR") || Files.size(path) == 0
                    || !DicomSniffer.looksLikeDicom(path)) {
                return own;
            }
            return engine.outputPath(InstanceReader.readHeader(path).list()).orElse(own);
        } catch (Exception | StackOverflowError e) {
            return own;   // the release step reads it again and quarantines it with the local run's reason
        }
    }
}
