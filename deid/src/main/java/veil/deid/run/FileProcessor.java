package veil.deid.run;

import com.pixelmed.dicom.DicomException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
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
 * result to a temporary name, fsync it, record it in the audit, and rename it into place. Thread-safe.
 */
public final class FileProcessor {

    public static final String TEMP_SUFFIX = ".veil-tmp";
    public static final String DUPLICATE = "duplicate: another input in this run has the same SOP Instance UID";

    /** Who may write an output path in this run: the local run claims in memory; Beam has grouped by path already. */
    @FunctionalInterface
    public interface Claims {
        boolean claim(Path target);

        static Claims inMemory() {
            Set<Path> claimed = ConcurrentHashMap.newKeySet();
            return claimed::add;
        }
    }

    /** Where each input's audit line goes; a written file's line is recorded before the file is renamed into place. */
    public interface Recorder {
        /** The marker an earlier run recorded for this output, or null. */
        DoneMarker doneMarker(String output);

        void record(String relativeInput, FileOutcome outcome, DoneMarker marker) throws IOException;
    }

    private final Path output;
    private final boolean durable;
    private final InstanceEngine engine;
    private final Recorder audit;
    private final Claims claims;
    private final Set<Path> touchedFolders = ConcurrentHashMap.newKeySet();

    FileProcessor(RunConfig config, Path output, Recorder audit) {
        this(output, new InstanceEngine(config.key(), config.rules(), config.textCleaner(), config.pixelCleaner(),
                config.toolVersion()), Claims.inMemory(), config.durable(), audit);
    }

    public FileProcessor(Path output, InstanceEngine engine, Claims claims, boolean durable, Recorder audit) {
        this.output = output;
        this.durable = durable;
        this.audit = audit;
        this.engine = engine;
        this.claims = claims;
    }

    /**
     * Processes one input and records it in the audit.
     *
     * @throws OutputFailure when OUT cannot be written (the run must stop; the input is not at fault)
     * @throws IOException   when the audit cannot be written (the run must stop too)
     */
    public FileOutcome process(Path file, String relativeInput) throws IOException {
        FileOutcome outcome = processAndPublish(file, relativeInput);
        if (!(outcome instanceof FileOutcome.Written)) audit.record(relativeInput, outcome, null);
        return outcome;
    }

    private FileOutcome processAndPublish(Path file, String relativeInput) throws IOException {
        if (file.getFileName().toString().equalsIgnoreCase("DICOMDIR")) return new FileOutcome.Skipped("DICOMDIR");
        InstanceResult.Released released;
        try {
            if (Files.size(file) == 0 || !DicomSniffer.looksLikeDicom(file)) return new FileOutcome.Skipped("not DICOM");
            InstanceReader.Header header = InstanceReader.readHeader(file);
            // Claim and resume before any heavy work (pixel cleaning): the output path needs only the header.
            String rel = engine.outputPath(header.list()).orElse(null);
            if (rel != null) {
                Path target = output.resolve(rel);
                if (!claims.claim(target)) return new FileOutcome.Quarantined(DUPLICATE, List.of());
                DoneMarker marker = audit.doneMarker(rel);
                if (marker != null && Files.exists(target) && marker.matches(target)) return new FileOutcome.AlreadyDone(rel);
                // An output without a matching record (a crash before its audit line, a truncated file) is done again.
            }
            PixelSource pixels = header.streamsPixels()
                    ? new PixelSource.Streamed(header.pixelDataStart(), () -> InstanceReader.readFull(file))
                    : PixelSource.IN_DATASET;
            InstanceResult result = engine.deidentify(new ParsedInstance(header.list(), header.transferSyntaxUid(), pixels));
            if (result instanceof InstanceResult.Quarantined q) return new FileOutcome.Quarantined(scrub(q.reason(), file), q.warnings());
            released = (InstanceResult.Released) result;
        } catch (IOException | DicomException | RuntimeException | StackOverflowError e) {
            return new FileOutcome.Quarantined(reason(e, file), List.of());
        }
        return publish(released, file, relativeInput);
    }

    /** Temp, fsync, audit line, rename: a file under its final name is always whole and always has its audit line. */
    private FileOutcome publish(InstanceResult.Released r, Path file, String relativeInput) throws IOException {
        Path target = output.resolve(r.outputPath());
        Path temp = target.resolveSibling("." + target.getFileName() + TEMP_SUFFIX);
        boolean renamed = false;
        try {
            try {
                Files.createDirectories(target.getParent());
                Files.deleteIfExists(temp);
                if (r.pixels() instanceof PixelSource.Streamed s) {
                    InstanceWriter.writeStreaming(r.dataset(), r.transferSyntaxUid(), file, s.offset(), temp);
                } else {
                    InstanceWriter.writeWhole(r.dataset(), r.transferSyntaxUid(), temp);
                }
                if (durable) {
                    try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                        ch.force(true);
                    }
                }
            } catch (DicomException e) {
                return new FileOutcome.Quarantined(reason(e, file), r.warnings());
            } catch (IOException e) {
                if (OutputFailure.isEnvironmental(e)) throw new OutputFailure(e);
                return new FileOutcome.Quarantined(reason(e, file), r.warnings());   // the data could not be encoded
            }
            FileOutcome.Written written = new FileOutcome.Written(r.outputPath(), r.actions(), r.warnings(), r.pixelNote(), r.screening());
            DoneMarker marker;
            try {
                marker = DoneMarker.of(temp);
            } catch (IOException e) {
                throw new OutputFailure(e);
            }
            audit.record(relativeInput, written, marker);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new OutputFailure(e);
            }
            renamed = true;
            touchedFolders.add(target.getParent());
            return written;
        } finally {
            if (!renamed) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the next run removes stale temporary files
                }
            }
        }
    }

    /** Makes the renames durable: fsync of every folder an output was renamed into (once, at the end of the run). */
    public void syncFolders() throws IOException {
        if (!durable) return;
        for (Path dir : touchedFolders) {
            try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
                ch.force(true);
            }
        }
    }

    /** Exception messages from the toolkit describe structure, not values; paths are replaced in case they carry names. */
    static String reason(Throwable e, Path file) {
        // The reader's and the engine's refusals carry their own value-free reason.
        if (e instanceof veil.deid.io.DamagedFileException d) return d.reason();
        if (e instanceof veil.deid.engine.InvalidInstanceException i) return i.reason();
        return Reasons.of(e, scrub(e.getMessage() == null ? "" : e.getMessage(), file));
    }

    private static String scrub(String message, Path file) {
        return message.replace(file.toAbsolutePath().toString(), "<input>").replace(file.toString(), "<input>");
    }
}
