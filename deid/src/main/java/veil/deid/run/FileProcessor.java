package veil.deid.run;

import com.pixelmed.dicom.DicomException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import veil.deid.engine.InstanceEngine;
import veil.deid.engine.InstanceResult;
import veil.deid.engine.ParsedInstance;
import veil.deid.engine.PixelSource;
import veil.deid.engine.Reasons;
import veil.deid.io.DicomSniffer;
import veil.deid.io.InstanceReader;
import veil.deid.io.InstanceWriter;

/**
 * The file-system side of one input: sniff, read, claim its output, hand it to the {@link InstanceEngine}, write the
 * result to a temporary name and rename it. Thread-safe. Used by the local run and, per file, by the Beam pipeline.
 */
public final class FileProcessor {

    public static final String TEMP_SUFFIX = ".veil-tmp";
    public static final String DUPLICATE = "duplicate: another input in this run has the same SOP Instance UID";

    /** Who may write an output path. The local run remembers claimed paths; Beam grouped inputs by path before. */
    @FunctionalInterface
    public interface Claims {
        /** @return false when another input of this run already has {@code target} */
        boolean claim(Path target);

        /** Run-global memory of claimed outputs, for a single-process run. */
        static Claims inMemory() {
            Set<Path> claimed = ConcurrentHashMap.newKeySet();
            return claimed::add;
        }
    }

    private final Path output;
    private final InstanceEngine engine;
    private final Claims claims;

    FileProcessor(RunConfig config) {
        this(config.output(), new InstanceEngine(config.key(), config.rules(), config.textCleaner(), config.pixelCleaner(),
                config.toolVersion()), Claims.inMemory());
    }

    public FileProcessor(Path output, InstanceEngine engine, Claims claims) {
        this.output = output;
        this.engine = engine;
        this.claims = claims;
    }

    public FileOutcome process(Path file) {
        if (file.getFileName().toString().equalsIgnoreCase("DICOMDIR")) return new FileOutcome.Skipped("DICOMDIR");
        Path temp = null;
        try {
            if (Files.size(file) == 0 || !DicomSniffer.looksLikeDicom(file)) return new FileOutcome.Skipped("not DICOM");
            InstanceReader.Header header = InstanceReader.readHeader(file);
            // Claim and resume before any heavy work (pixel cleaning): the output path needs only the header.
            String rel = engine.outputPath(header.list()).orElse(null);
            if (rel != null) {
                Path target = output.resolve(rel);
                if (!claims.claim(target)) return new FileOutcome.Quarantined(DUPLICATE, java.util.List.of());
                if (Files.exists(target)) return new FileOutcome.AlreadyDone(rel);
            }
            PixelSource pixels = header.streamsPixels()
                    ? new PixelSource.Streamed(header.pixelDataStart(), () -> InstanceReader.readFull(file))
                    : PixelSource.IN_DATASET;
            InstanceResult result = engine.deidentify(new ParsedInstance(header.list(), header.transferSyntaxUid(), pixels));
            if (result instanceof InstanceResult.Quarantined q) return new FileOutcome.Quarantined(scrub(q.reason(), file), q.warnings());
            InstanceResult.Released r = (InstanceResult.Released) result;
            Path target = output.resolve(r.outputPath());
            Files.createDirectories(target.getParent());
            temp = target.resolveSibling("." + target.getFileName() + TEMP_SUFFIX);
            Files.deleteIfExists(temp);
            if (r.pixels() instanceof PixelSource.Streamed s) {
                InstanceWriter.writeStreaming(r.dataset(), r.transferSyntaxUid(), file, s.offset(), temp);
            } else {
                InstanceWriter.writeWhole(r.dataset(), r.transferSyntaxUid(), temp);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            return new FileOutcome.Written(r.outputPath(), r.actions(), r.warnings(), r.pixelNote(), r.screening());
        } catch (IOException | DicomException | RuntimeException | StackOverflowError e) {
            return new FileOutcome.Quarantined(reason(e, file), java.util.List.of());
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the next run removes stale temporary files
                }
            }
        }
    }

    /** Exception messages from the toolkit describe structure, not values; paths are replaced in case they carry names. */
    static String reason(Throwable e, Path file) {
        return Reasons.of(e, scrub(e.getMessage() == null ? "" : e.getMessage(), file));
    }

    private static String scrub(String message, Path file) {
        return message.replace(file.toAbsolutePath().toString(), "<input>").replace(file.toString(), "<input>");
    }
}
