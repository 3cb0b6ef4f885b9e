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
     * Processes one input and records it in the audit: {@link #stage} then {@link #commit}.
     *
     * @throws OutputFailure when OUT cannot be written (the run must stop; the input is not at fault)
     * @throws IOException   when the audit cannot be written (the run must stop too)
     */
    public FileOutcome process(Path file, String relativeInput) throws IOException {
        return commit(stage(file, relativeInput));
    }

    /**
     * An input after its CPU work: either finished (skipped, quarantined, already done; recorded by {@link #commit})
     * or written under its temporary name, still to be made durable, recorded and renamed.
     */
    public static final class Staged {
        private final String relativeInput;
        private final FileOutcome outcome;
        private final Path temp, target;

        private Staged(String relativeInput, FileOutcome outcome, Path temp, Path target) {
            this.relativeInput = relativeInput;
            this.outcome = outcome;
            this.temp = temp;
            this.target = target;
        }

        /** True when {@link #commit} waits for the disk (an fsync): a runner may do it off the CPU workers. */
        public boolean waitsForDisk() {
            return temp != null;
        }
    }

    /**
     * Sniffs, reads, de-identifies and writes the output under its temporary name: the CPU part. Nothing is recorded
     * and nothing renamed yet; {@link #commit} must follow (on any thread).
     *
     * @throws OutputFailure when OUT cannot be written
     */
    public Staged stage(Path file, String relativeInput) throws IOException {
        Object o = processAndPublish(file, relativeInput);
        return o instanceof Staged s ? s : new Staged(relativeInput, (FileOutcome) o, null, null);
    }

    /**
     * Finishes a staged input: a written one is fsync'd (when durable), its done marker taken, its audit line recorded
     * and then it is renamed into place, so a file under its final name is always whole and always has its audit line.
     *
     * @throws OutputFailure when OUT cannot be written
     * @throws IOException   when the audit cannot be written
     */
    public FileOutcome commit(Staged s) throws IOException {
        if (s.temp == null) {
            audit.record(s.relativeInput, s.outcome, null);
            return s.outcome;
        }
        boolean renamed = false;
        try {
            if (durable) {
                try (FileChannel ch = FileChannel.open(s.temp, StandardOpenOption.WRITE)) {
                    ch.force(true);
                } catch (IOException e) {
                    throw new OutputFailure(e);
                }
            }
            DoneMarker marker;
            try {
                marker = DoneMarker.of(s.temp);
            } catch (IOException e) {
                throw new OutputFailure(e);
            }
            audit.record(s.relativeInput, s.outcome, marker);
            try {
                Files.move(s.temp, s.target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new OutputFailure(e);
            }
            renamed = true;
            touchedFolders.add(s.target.getParent());
            return s.outcome;
        } finally {
            if (!renamed) deleteQuietly(s.temp);
        }
    }

    /** A finished {@link FileOutcome}, or the {@link Staged} output under its temporary name. */
    private Object processAndPublish(Path file, String relativeInput) throws IOException {
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

    /** The output under its temporary name; made durable, recorded and renamed by {@link #commit}. */
    private Object publish(InstanceResult.Released r, Path file, String relativeInput) throws IOException {
        Path target = output.resolve(r.outputPath());
        Path temp = target.resolveSibling("." + target.getFileName() + TEMP_SUFFIX);
        boolean staged = false;
        try {
            try {
                Files.createDirectories(target.getParent());
                Files.deleteIfExists(temp);
                if (r.pixels() instanceof PixelSource.Streamed s) {
                    InstanceWriter.writeStreaming(r.dataset(), r.transferSyntaxUid(), file, s.offset(), temp);
                } else {
                    InstanceWriter.writeWhole(r.dataset(), r.transferSyntaxUid(), temp);
                }
            } catch (DicomException e) {
                return new FileOutcome.Quarantined(reason(e, file), r.warnings());
            } catch (IOException e) {
                if (OutputFailure.isEnvironmental(e)) throw new OutputFailure(e);
                return new FileOutcome.Quarantined(reason(e, file), r.warnings());   // the data could not be encoded
            }
            staged = true;
            return new Staged(relativeInput, new FileOutcome.Written(r.outputPath(), r.actions(), r.warnings(), r.pixelNote(),
                    r.screening()), temp, target);
        } finally {
            if (!staged) deleteQuietly(temp);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // the next run removes stale temporary files
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
