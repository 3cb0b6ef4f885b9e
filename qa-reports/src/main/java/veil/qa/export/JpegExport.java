package veil.qa.export;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import veil.qa.manifest.DicomFolderReader;
import veil.qa.manifest.ManifestException;

/**
 * {@code veil export jpeg IN OUT}: de-identified DICOM to MIMIC-CXR-JPG-style 8-bit JPEGs,
 * {@code OUT/p<2>/p<subject>/s<study>/<dicom_id>.jpg} plus {@code OUT/mimic-cxr-2.0.0-metadata.csv}.
 * Beside OUT (not in it): {@code OUT.export-stats.csv} (grey levels per image, for {@code veil qa})
 * and {@code OUT.export-failures.tsv} (inputs that could not be converted, by path relative to IN,
 * with a reason that names no value from the file).
 * <p>
 * Parallel over files, each JPEG written to a temporary name in its folder and renamed; running
 * the same command again skips images whose JPEG exists (their statistics are kept from the
 * previous run's file).
 */
public final class JpegExport {

    /** @param size long side in pixels (0: keep); @param quality JPEG quality 0..1 */
    public record Options(int size, float quality, boolean equalize, int threads) {
        public Options {
            if (size < 0) throw new IllegalArgumentException("--size must be 0 (keep) or a positive number of pixels");
            if (!(quality > 0 && quality <= 1)) throw new IllegalArgumentException("--quality must be between 1 and 100");
            if (threads <= 0) threads = Runtime.getRuntime().availableProcessors();
        }

        public static Options defaults() { return new Options(1024, 0.95f, false, 0); }
    }

    /** Progress callbacks (from worker threads). */
    public interface Listener {
        void started(long files);
        void finished();
        Listener NONE = new Listener() {
            @Override public void started(long files) {}
            @Override public void finished() {}
        };
    }

    /** An input that was not converted, by path relative to IN. */
    public record Failure(String input, String reason) {}

    public record Result(int files, int written, int skipped, int notDicom, List<Failure> failures, Path metadata, Path stats,
                         Path failuresFile) {
        public int exitCode() { return failures.isEmpty() ? 0 : 2; }
    }

    private sealed interface Outcome {}
    private record Done(MetadataCsv.Row row, GreyLevelStats stats, boolean written) implements Outcome {}
    private record NotDicom() implements Outcome {}
    private record Failed(String reason) implements Outcome {}

    private final Path in, out;
    private final Options opt;
    private final Set<String> claimed = ConcurrentHashMap.newKeySet();
    private final ThreadLocal<JpegEncoder> encoders;

    private JpegExport(Path in, Path out, Options opt) {
        this.in = in;
        this.out = out;
        this.opt = opt;
        this.encoders = ThreadLocal.withInitial(() -> new JpegEncoder(opt.quality()));
    }

    public static Result run(Path in, Path out, Options opt, Listener listener) throws IOException {
        if (!Files.isDirectory(in)) throw new ManifestException("input folder not found: " + in);
        Path absIn = in.toAbsolutePath().normalize(), absOut = out.toAbsolutePath().normalize();
        if (absOut.startsWith(absIn) || absIn.startsWith(absOut))
            throw new ManifestException("the output folder must not be inside the input folder or contain it");
        Files.createDirectories(out);
        removeTemporaries(out);
        return new JpegExport(in, out, opt).run(listener == null ? Listener.NONE : listener);
    }

    private Result run(Listener listener) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(in)) {
            files = s.filter(Files::isRegularFile).filter(DicomFolderReader::candidate).sorted().toList();
        }
        Path statsFile = ExportStatsCsv.besideFolder(out);
        Map<String, GreyLevelStats> previous = new HashMap<>();
        if (Files.isRegularFile(statsFile)) {
            try {
                for (GreyLevelStats g : ExportStatsCsv.read(statsFile)) previous.put(g.dicomId(), g);
            } catch (ManifestException e) {
                // an unreadable statistics file from an earlier run is rebuilt from the images converted now
            }
        }
        listener.started(files.size());
        Outcome[] outcomes = new Outcome[files.size()];
        ExecutorService pool = Executors.newFixedThreadPool(opt.threads(), r -> {
            Thread t = new Thread(r, "veil-export");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                int idx = i;
                fs.add(pool.submit(() -> {
                    outcomes[idx] = convertOne(files.get(idx), previous);
                    listener.finished();
                }));
            }
            for (Future<?> f : fs) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("export failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<MetadataCsv.Row> rows = new ArrayList<>();
        List<GreyLevelStats> stats = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        int written = 0, skipped = 0, notDicom = 0;
        for (int i = 0; i < outcomes.length; i++) {
            Outcome o = outcomes[i];
            if (o instanceof Done d) {
                rows.add(d.row());
                if (d.stats() != null) stats.add(d.stats());
                if (d.written()) written++; else skipped++;
            } else if (o instanceof NotDicom) notDicom++;
            else if (o instanceof Failed f) failures.add(new Failure(rel(files.get(i)), f.reason()));
        }
        Path metadata = out.resolve(MetadataCsv.FILE);
        MetadataCsv.write(rows, metadata);
        ExportStatsCsv.write(stats, statsFile);
        Path failuresFile = out.toAbsolutePath().normalize().resolveSibling(out.toAbsolutePath().normalize().getFileName() + ".export-failures.tsv");
        if (failures.isEmpty()) Files.deleteIfExists(failuresFile);
        else writeFailures(failures, failuresFile);
        return new Result(files.size(), written, skipped, notDicom, failures, metadata, statsFile, failures.isEmpty() ? null : failuresFile);
    }

    private Outcome convertOne(Path file, Map<String, GreyLevelStats> previous) {
        if (!DicomFolderReader.plausibleDicom(file)) return new NotDicom();
        AttributeList header = new AttributeList();
        try {
            header.read(file.toFile(), TagFromName.PixelData);
        } catch (Exception | StackOverflowError e) {
            return new NotDicom();
        }
        MimicLayout id;
        try {
            id = MimicLayout.of(header);
        } catch (MimicLayout.MissingId e) {
            return new Failed(e.getMessage());
        }
        String relOut = id.relativePath();
        Path target = out.resolve(relOut);
        Orientation orient = Orientation.of(com.pixelmed.dicom.Attribute.getDelimitedStringValuesOrEmptyString(header, TagFromName.PatientOrientation), MimicLayout.str(header, TagFromName.ViewPosition));
        if (Files.isRegularFile(target)) {
            if (!claimed.add(relOut)) return duplicate();
            int rows = com.pixelmed.dicom.Attribute.getSingleIntegerValueOrDefault(header, TagFromName.Rows, 0);
            int cols = com.pixelmed.dicom.Attribute.getSingleIntegerValueOrDefault(header, TagFromName.Columns, 0);
            int[] sz = Resampler.targetSize(cols, rows, opt.size());
            int[] o = orient.size(sz[0], sz[1]);
            return new Done(MetadataCsv.Row.of(id, header, o[1], o[0]), previous.get(id.dicomId()), false);
        }
        try {
            Loaded src;
            try {
                src = load(file, header);
            } catch (Unreadable e) {
                return new Failed("the file could not be read to its end (truncated or damaged)");
            }
            AttributeList full = src.list();
            Image img = pixels(src.px(), full, orient, opt, Stages.NONE);
            // claimed only once converted, so a damaged copy of an instance never blocks the good one
            if (!claimed.add(relOut)) return duplicate();
            Files.createDirectories(target.getParent());
            Path tmp = target.resolveSibling("." + target.getFileName() + "." + Thread.currentThread().getId() + ".tmp");
            try (OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                encoders.get().write(img.grey(), img.width(), img.height(), os);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            GreyLevelStats st = img.stats(id.dicomId(), orient);
            return new Done(MetadataCsv.Row.of(id, full, img.height(), img.width()), st, true);
        } catch (StoredPixels.Undecodable e) {
            return new Failed(e.getMessage());
        } catch (IOException e) {
            return new Failed("the JPEG could not be written (" + e.getClass().getSimpleName() + ")");
        } catch (OutOfMemoryError e) {
            return new Failed("the image is too large for the memory given (-Xmx)");
        }
    }

    /**
     * Where the time goes, for the stage-timing harness ({@code benchmarks/.../ExportStageTimes}): called after
     * each stage of one image with the stage's name. The export itself passes {@link #NONE}.
     */
    public interface Stages {
        void done(String stage);
        Stages NONE = stage -> {};
    }

    /** The oriented 8-bit image and what the conversion did to its grey levels. */
    record Image(byte[] grey, int width, int height, int bitsStored, int levelsAfter, GreyConverter.Result g) {
        GreyLevelStats stats(String dicomId, Orientation orient) {
            return new GreyLevelStats(dicomId, bitsStored, g.levelsBefore(), levelsAfter, g.clippedPixelFraction(),
                    g.clippedRangeFraction(), g.entropyBefore(), g.entropyAfter(), g.voi(), g.width(), g.height(),
                    width, height, orient.describe());
        }
    }

    /** The header and the first frame's samples. */
    record Loaded(AttributeList list, StoredPixels px) {}

    /** The file could not be read to its end. */
    static final class Unreadable extends Exception {
        Unreadable() { super("unreadable", null, false, false); }
    }

    /**
     * The samples straight from the file when it is native 16-bit data ending with its pixel data
     * ({@link NativePixelData}; the header read up to Pixel Data is then the list), else PixelMed's full read.
     */
    static Loaded load(Path file, AttributeList header) throws Unreadable, StoredPixels.Undecodable {
        short[] words = NativePixelData.read(file, header);
        if (words != null) return new Loaded(header, StoredPixels.of(header, words));
        AttributeList full = new AttributeList();
        try {
            full.read(file.toFile());
        } catch (Exception | StackOverflowError e) {
            throw new Unreadable();
        }
        return new Loaded(full, StoredPixels.of(full));
    }

    /** Stored values to the oriented 8-bit image: grey levels, resize, orientation (stages: grey, resize, orient). */
    static Image pixels(StoredPixels px, AttributeList header, Orientation orient, Options opt, Stages stages) {
        GreyConverter.Result g = GreyConverter.convert(px, header, opt.equalize());
        stages.done("grey");
        int[] sz = Resampler.targetSize(g.width(), g.height(), opt.size());
        byte[] grey = Resampler.resize(px.samples(), px.mask(), g.lut(), g.width(), g.height(), sz[0], sz[1]);
        stages.done("resize");
        byte[] oriented = orient.apply(grey, sz[0], sz[1]);
        int[] o = orient.size(sz[0], sz[1]);
        boolean[] seen = new boolean[256];
        int levelsAfter = 0;
        for (byte b : oriented) if (!seen[b & 0xFF]) { seen[b & 0xFF] = true; levelsAfter++; }
        stages.done("orient");
        return new Image(oriented, o[0], o[1], px.bitsStored(), levelsAfter, g);
    }

    /**
     * One DICOM file to JPEG bytes the way the export converts it, reporting each stage (header, pixels read,
     * grey, resize, orient, encode) to {@code stages}; for the stage-timing harness. Returns the JPEG's size in bytes.
     */
    public static long convertForTiming(Path file, Options opt, Stages stages) throws IOException, StoredPixels.Undecodable {
        AttributeList header = new AttributeList();
        try {
            header.read(file.toFile(), TagFromName.PixelData);
        } catch (com.pixelmed.dicom.DicomException e) {
            throw new IOException("not readable as DICOM");
        }
        stages.done("header");
        Loaded src;
        try {
            src = load(file, header);
        } catch (Unreadable e) {
            throw new IOException("not readable to its end");
        }
        stages.done("pixels read");
        Orientation orient = Orientation.of(com.pixelmed.dicom.Attribute.getDelimitedStringValuesOrEmptyString(src.list(), TagFromName.PatientOrientation), MimicLayout.str(src.list(), TagFromName.ViewPosition));
        Image img = pixels(src.px(), src.list(), orient, opt, stages);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 20);
        try (JpegEncoder enc = new JpegEncoder(opt.quality())) {
            stages.done("encoder setup");
            enc.write(img.grey(), img.width(), img.height(), bytes);
        }
        stages.done("encode");
        return bytes.size();
    }

    private static Failed duplicate() { return new Failed("another input has the same SOP Instance UID and study"); }

    private String rel(Path file) { return in.relativize(file).toString().replace(java.io.File.separatorChar, '/'); }

    static void writeFailures(List<Failure> failures, Path file) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write("input\treason\n");
            for (Failure f : failures) w.write(f.input().replace('\t', ' ') + "\t" + f.reason() + "\n");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Temporary files of an interrupted run. */
    static void removeTemporaries(Path out) throws IOException {
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(".") && n.endsWith(".tmp");
            }).toList()) Files.deleteIfExists(p);
        }
    }
}
