package veil.qa.manifest;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.TagFromName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A folder of DICOM files, read header-only (PixelMed stops before PixelData) in parallel: one
 * row per file with patient, study, series, view, modality, age, sex, rows, columns, bits stored,
 * photometric interpretation and manufacturer. Labels and splits may come from a CSV (see
 * {@link LabelsCsv}).
 */
public final class DicomFolderReader {
    static final Set<String> SKIP_EXT = Set.of("csv", "gz", "txt", "json", "yaml", "yml", "html", "htm", "md",
            "png", "jpg", "jpeg", "xml", "pdf", "zip", "sqlite", "db");

    private DicomFolderReader() {}

    /** Header fields of one file; null fields are absent. */
    record Header(String rel, String patient, String study, String series, String sop, String view, String modality,
                  float age, String sex, int rows, int cols, int bits, String photometric, String manufacturer) {}

    /** True when the folder holds at least one file with the DICM marker at byte 128. */
    public static boolean looksLike(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).limit(200).anyMatch(DicomFolderReader::hasDicmMarker);
        }
    }

    static boolean hasDicmMarker(Path p) {
        try (var in = Files.newInputStream(p)) {
            byte[] b = in.readNBytes(132);
            return b.length == 132 && b[128] == 'D' && b[129] == 'I' && b[130] == 'C' && b[131] == 'M';
        } catch (IOException e) {
            return false;
        }
    }

    public static Dataset read(Path dir, Path labelsCsv, int threads) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).filter(DicomFolderReader::candidate).sorted().toList();
        }
        Header[] headers = new Header[files.size()];
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            pool.submit(() -> IntStream.range(0, files.size()).parallel()
                    .forEach(i -> headers[i] = readHeader(dir, files.get(i)))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading DICOM headers", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("reading DICOM headers failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
        Dataset.Builder b = new Dataset.Builder(ManifestFormat.DICOM.id(), Math.max(16, files.size()));
        b.source(dir.getFileName() == null ? dir.toString() : dir.getFileName().toString());
        b.declareColumn(Dataset.VIEW).declareColumn(Dataset.FRONTAL_LATERAL).declareColumn(Dataset.AP_PA).declareColumn(Dataset.SEX)
                .declareColumn(Dataset.MODALITY).declareColumn(Dataset.MANUFACTURER).declareColumn(Dataset.PHOTOMETRIC).declareColumn("series");
        b.bitsSource("dicom header");
        long skipped = 0;
        Map<String, Integer> byKey = new HashMap<>();
        Map<String, Integer> byName = new HashMap<>();
        for (Header h : headers) {
            if (h == null) { skipped++; continue; }
            String patient = h.patient() == null ? "(no patient id)" : h.patient();
            String study = h.study() != null ? h.study() : patient + "/" + parentOf(h.rel());
            int row = b.addImage(h.rel(), patient, study, "all");
            byKey.put(h.rel(), row);
            if (h.sop() != null) byKey.putIfAbsent(h.sop(), row);
            String name = h.rel().substring(h.rel().lastIndexOf('/') + 1);
            byName.merge(name, row, (a, c) -> -1);
            String view = h.view() == null ? "" : h.view().toUpperCase(Locale.ROOT);
            b.category(Dataset.VIEW, row, view);
            b.category(Dataset.FRONTAL_LATERAL, row, view.isEmpty() ? null : Cxr14Reader.frontalLateral(view));
            b.category(Dataset.AP_PA, row, view.startsWith("AP") ? "AP" : view.startsWith("PA") ? "PA" : null);
            b.category(Dataset.SEX, row, h.sex() == null ? null : Cxr14Reader.sex(h.sex()));
            b.category(Dataset.MODALITY, row, h.modality());
            b.category(Dataset.MANUFACTURER, row, h.manufacturer());
            b.category(Dataset.PHOTOMETRIC, row, h.photometric());
            b.category("series", row, h.series());
            b.age(row, h.age());
            b.size(row, h.cols(), h.rows());
            b.bits(row, h.bits());
        }
        if (b.size() == 0) throw new ManifestException("no readable DICOM files under " + dir);
        if (skipped > 0) b.note(skipped + " file(s) under the folder could not be read as DICOM and were skipped.");
        if (labelsCsv != null) {
            for (var e : byName.entrySet()) if (e.getValue() >= 0) byKey.putIfAbsent(e.getKey(), e.getValue());
            LabelsCsv.apply(b, labelsCsv, byKey);
            boolean anySplit = false;
            for (int r = 0; r < b.size() && !anySplit; r++) anySplit = !"all".equals(b.splitOf(r));
            if (anySplit) {
                long unlisted = 0;
                for (int r = 0; r < b.size(); r++)
                    if ("all".equals(b.splitOf(r))) { b.split(r, "unlisted"); unlisted++; }
                if (unlisted > 0) b.note(unlisted + " image(s) have no split in " + labelsCsv.getFileName() + " and are reported as split 'unlisted'.");
            }
        }
        return b.build();
    }

    /** False for hidden files, DICOMDIR and extensions that are never DICOM (csv, jpg, ...). */
    public static boolean candidate(Path p) {
        String n = p.getFileName().toString();
        if (n.startsWith(".") || n.equalsIgnoreCase("DICOMDIR")) return false;
        int dot = n.lastIndexOf('.');
        return dot < 0 || !SKIP_EXT.contains(n.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    static String parentOf(String rel) {
        int i = rel.lastIndexOf('/');
        return i < 0 ? "." : rel.substring(0, i);
    }

    /**
     * Cheap check before parsing: the DICM marker at byte 128, or a file without preamble that
     * starts with a group 0002 or 0008 tag (either byte order).
     */
    public static boolean plausibleDicom(Path p) {
        try (var in = Files.newInputStream(p)) {
            byte[] b = in.readNBytes(132);
            if (b.length == 132 && b[128] == 'D' && b[129] == 'I' && b[130] == 'C' && b[131] == 'M') return true;
            if (b.length < 8) return false;
            return (b[1] == 0 && (b[0] == 0x02 || b[0] == 0x08)) || (b[0] == 0 && (b[1] == 0x02 || b[1] == 0x08));
        } catch (IOException e) {
            return false;
        }
    }

    static Header readHeader(Path root, Path file) {
        if (!plausibleDicom(file)) return null;
        AttributeList list = new AttributeList();
        try {
            list.read(file.toFile(), TagFromName.PixelData);
        } catch (Exception | StackOverflowError e) {
            return null;
        }
        String sop = str(list, TagFromName.SOPInstanceUID);
        String patient = str(list, TagFromName.PatientID);
        if (sop == null && patient == null && str(list, TagFromName.StudyInstanceUID) == null) return null;
        float age = Ages.parse(str(list, TagFromName.PatientAge));
        if (Float.isNaN(age)) age = ageFromDates(str(list, TagFromName.PatientBirthDate), firstNonNull(
                str(list, TagFromName.StudyDate), str(list, TagFromName.SeriesDate), str(list, TagFromName.AcquisitionDate)));
        String rel = root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
        return new Header(rel, patient, str(list, TagFromName.StudyInstanceUID), str(list, TagFromName.SeriesInstanceUID), sop,
                str(list, TagFromName.ViewPosition), str(list, TagFromName.Modality), age, str(list, TagFromName.PatientSex),
                Attribute.getSingleIntegerValueOrDefault(list, TagFromName.Rows, 0),
                Attribute.getSingleIntegerValueOrDefault(list, TagFromName.Columns, 0),
                Attribute.getSingleIntegerValueOrDefault(list, TagFromName.BitsStored, 0),
                str(list, TagFromName.PhotometricInterpretation), str(list, TagFromName.Manufacturer));
    }

    static String firstNonNull(String... s) {
        for (String x : s) if (x != null) return x;
        return null;
    }

    static String str(AttributeList list, AttributeTag tag) {
        String s = Attribute.getSingleStringValueOrEmptyString(list, tag);
        s = s == null ? "" : s.strip();
        return s.isEmpty() ? null : s;
    }

    /** Years between two DICOM dates (YYYYMMDD), or NaN. */
    static float ageFromDates(String birth, String at) {
        if (birth == null || at == null || birth.length() < 8 || at.length() < 8) return Float.NaN;
        try {
            var b = java.time.LocalDate.parse(birth.substring(0, 8), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
            var a = java.time.LocalDate.parse(at.substring(0, 8), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
            long days = java.time.temporal.ChronoUnit.DAYS.between(b, a);
            return days < 0 ? Float.NaN : (float) (days / 365.25);
        } catch (RuntimeException e) {
            return Float.NaN;
        }
    }
}
