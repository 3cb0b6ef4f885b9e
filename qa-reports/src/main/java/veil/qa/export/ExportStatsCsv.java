package veil.qa.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import veil.qa.manifest.Csv;
import veil.qa.manifest.ManifestException;

/**
 * The per-image grey-level statistics {@code veil export jpeg} writes beside its output
 * ({@code OUT.export-stats.csv}) and {@code veil qa --export-stats} reads. Holds de-identified
 * image ids and numbers only.
 */
public final class ExportStatsCsv {
    public static final String SUFFIX = ".export-stats.csv";
    public static final String[] HEADER = {"dicom_id", "bits_stored", "levels_before", "levels_after", "clipped_pixel_fraction",
            "clipped_range_fraction", "entropy_before", "entropy_after", "voi", "width_before", "height_before",
            "width_after", "height_after", "reoriented"};

    private ExportStatsCsv() {}

    /** {@code OUT.export-stats.csv} for an export folder OUT. */
    public static Path besideFolder(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + SUFFIX);
    }

    public static void write(List<GreyLevelStats> rows, Path out) throws IOException {
        Path tmp = out.resolveSibling("." + out.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator("\n").get())) {
            for (GreyLevelStats s : rows)
                p.printRecord(s.dicomId(), s.bitsStored(), s.levelsBefore(), s.levelsAfter(), fmt(s.clippedPixelFraction()),
                        fmt(s.clippedRangeFraction()), fmt(s.entropyBefore()), fmt(s.entropyAfter()), s.voi(), s.widthBefore(),
                        s.heightBefore(), s.widthAfter(), s.heightAfter(), s.reoriented());
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static String fmt(double d) { return String.format(java.util.Locale.ROOT, "%.6f", d); }

    public static List<GreyLevelStats> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new ManifestException("export statistics not found: " + file);
        List<GreyLevelStats> out = new ArrayList<>();
        try (Csv.Table t = new Csv.Table(file)) {
            t.require("veil export statistics", List.of(HEADER));
            int[] c = new int[HEADER.length];
            for (int i = 0; i < c.length; i++) c[i] = t.col(HEADER[i]);
            long line = 1;
            while (t.hasNext()) {
                CSVRecord r = t.next();
                line++;
                try {
                    out.add(new GreyLevelStats(Csv.get(r, c[0]).strip(), i(r, c[1]), i(r, c[2]), i(r, c[3]), d(r, c[4]), d(r, c[5]),
                            d(r, c[6]), d(r, c[7]), Csv.get(r, c[8]).strip(), i(r, c[9]), i(r, c[10]), i(r, c[11]), i(r, c[12]),
                            Csv.get(r, c[13]).strip()));
                } catch (NumberFormatException e) {
                    throw new ManifestException(file.getFileName() + " line " + line + ": a number column holds something else");
                }
            }
        }
        return out;
    }

    private static int i(CSVRecord r, int c) { return Integer.parseInt(Csv.get(r, c).strip()); }

    private static double d(CSVRecord r, int c) { return Double.parseDouble(Csv.get(r, c).strip()); }
}
