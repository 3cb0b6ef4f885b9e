package veil.cli.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import veil.cli.Progress;
import veil.cli.UserError;
import veil.qa.export.JpegExport;
import veil.qa.manifest.ManifestException;

/** {@code veil export}: derived releases of a de-identified DICOM collection. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Derived releases of a de-identified DICOM collection.",
        subcommands = {ExportCommand.Jpeg.class})
public final class ExportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("veil export: name a subcommand (jpeg); see veil export --help");
        return 1;
    }

    /** {@code veil export jpeg IN OUT}. */
    @Command(name = "jpeg", mixinStandardHelpOptions = true,
            description = {"Convert de-identified DICOM to 8-bit JPEGs laid out like MIMIC-CXR-JPG.",
                    "Grey levels: the header's VOI LUT or window (else min-max), MONOCHROME1 inverted, optional histogram equalisation;",
                    "orientation from Patient Orientation; long side resized with a Lanczos filter; JDK JPEG writer at the given quality."},
            footer = {"", "Writes OUT/p<2>/p<subject>/s<study>/<dicom_id>.jpg and OUT/mimic-cxr-2.0.0-metadata.csv;",
                    "beside OUT: OUT.export-stats.csv (grey levels per image, for veil qa) and OUT.export-failures.tsv.",
                    "subject_id = Patient ID, study_id = Study ID or a number derived from Study Instance UID, dicom_id = SOP Instance UID.",
                    "Running the same command again skips images already written.",
                    "", "Example:", "  veil export jpeg release/ release-jpg/ --size 1024 --quality 95 --equalize",
                    "  veil qa release-jpg/ --html datasheet.html",
                    "Exit status: 0 done, 1 bad input or usage error, 2 some files could not be converted."})
    public static final class Jpeg implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "IN", description = "Folder of de-identified DICOM files.")
        Path in;

        @Parameters(index = "1", paramLabel = "OUT", description = "Output folder (created; must not be inside IN).")
        Path out;

        @Option(names = "--size", defaultValue = "1024", paramLabel = "PX", description = "Long side in pixels, never enlarged; 0 keeps the size (default 1024).")
        int size;

        @Option(names = "--quality", defaultValue = "95", paramLabel = "Q", description = "JPEG quality 1-100 (default 95, as MIMIC-CXR-JPG).")
        int quality;

        @Option(names = "--equalize", description = "Histogram-equalise after windowing (MIMIC-CXR-JPG did).")
        boolean equalize;

        @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: cores).")
        int threads;

        @Option(names = "--quiet", description = "No progress bar.")
        boolean quiet;

        @Override
        public Integer call() throws Exception {
            if (quality < 1 || quality > 100) throw new UserError("--quality must be between 1 and 100");
            JpegExport.Result r;
            try (Progress p = Progress.start("export", quiet)) {
                r = JpegExport.run(in, out, new JpegExport.Options(size, quality / 100f, equalize, threads), new JpegExport.Listener() {
                    @Override public void started(long files) { p.started(files); }
                    @Override public void finished() { p.step(); }
                });
            } catch (ManifestException e) {
                throw new UserError(e.getMessage());
            }
            System.out.printf(Locale.ROOT, "%,d files: %,d JPEGs written, %,d already there, %,d not DICOM, %,d could not be converted%n",
                    r.files(), r.written(), r.skipped(), r.notDicom(), r.failures().size());
            System.out.println("metadata: " + r.metadata());
            System.out.println("grey-level statistics: " + r.stats());
            if (r.failuresFile() != null) System.out.println("not converted (with reasons): " + r.failuresFile());
            return r.exitCode();
        }
    }
}
