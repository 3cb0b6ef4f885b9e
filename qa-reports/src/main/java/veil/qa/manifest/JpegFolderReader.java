package veil.qa.manifest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.commons.csv.CSVRecord;

/**
 * A folder of JPEG files such as {@code veil export jpeg} writes: one row per .jpg/.jpeg with its
 * size read from the JPEG header (not decoded). Patient and study come from a MIMIC-CXR-JPG path
 * ({@code p10/p10000032/s50414267/<dicom_id>.jpg}) or, better, from
 * {@code mimic-cxr-2.0.0-metadata.csv} in the folder, which also gives view, procedure and
 * patient orientation. Labels and splits may come from a labels CSV as for a DICOM folder.
 */
public final class JpegFolderReader {
    static final Pattern MIMIC_PATH = Pattern.compile("(?:.*/)?p[^/]*/p([^/]+)/s([^/]+)/([^/]+)\\.jpe?g", Pattern.CASE_INSENSITIVE);

    private JpegFolderReader() {}

    static boolean isJpeg(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !n.startsWith(".") && (n.endsWith(".jpg") || n.endsWith(".jpeg"));
    }

    /** True when the folder holds a JPEG within its first few hundred files. */
    public static boolean looksLike(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).limit(500).anyMatch(JpegFolderReader::isJpeg);
        }
    }

    private record Meta(String subject, String study, String view, String procedure, String orientation) {}

    public static Dataset read(Path dir, Path labelsCsv, int threads) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).filter(JpegFolderReader::isJpeg).sorted().toList();
        }
        if (files.isEmpty()) throw new ManifestException("no JPEG files under " + dir);
        int[][] sizes = new int[files.size()][];
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            pool.submit(() -> IntStream.range(0, files.size()).parallel().forEach(i -> sizes[i] = size(files.get(i)))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading JPEG headers", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("reading JPEG headers failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
        Map<String, Meta> meta = new HashMap<>();
        Path metaFile = MimicReader.find(dir, "metadata");
        Dataset.Builder b = new Dataset.Builder(ManifestFormat.JPEG.id(), Math.max(16, files.size()));
        b.source(dir.getFileName() == null ? dir.toString() : dir.getFileName().toString());
        if (metaFile != null) {
            b.source(metaFile.getFileName().toString());
            try (Csv.Table t = new Csv.Table(metaFile)) {
                t.require("MIMIC-CXR metadata", MimicReader.METADATA_REQUIRED);
                int cId = t.col("dicom_id"), cSub = t.col("subject_id"), cStudy = t.col("study_id"), cView = t.col("ViewPosition"),
                        cProc = t.col("PerformedProcedureStepDescription"), cOr = t.col("PatientOrientationCodeSequence_CodeMeaning");
                while (t.hasNext()) {
                    CSVRecord r = t.next();
                    meta.put(Csv.get(r, cId).strip(), new Meta(Csv.get(r, cSub).strip(), Csv.get(r, cStudy).strip(),
                            Csv.get(r, cView).strip().toUpperCase(Locale.ROOT), Csv.get(r, cProc).strip(), Csv.get(r, cOr).strip()));
                }
            }
        }
        b.declareColumn(Dataset.VIEW).declareColumn(Dataset.FRONTAL_LATERAL).declareColumn(Dataset.AP_PA);
        b.bitsSource("jpeg files");
        Map<String, Integer> byKey = new HashMap<>(), byName = new HashMap<>();
        long unreadable = 0, notInMeta = 0;
        for (int i = 0; i < files.size(); i++) {
            String rel = dir.relativize(files.get(i)).toString().replace(java.io.File.separatorChar, '/');
            String name = rel.substring(rel.lastIndexOf('/') + 1);
            String id = name.substring(0, name.lastIndexOf('.'));
            Meta m = meta.get(id);
            String subject = null, study = null;
            if (m != null) { subject = m.subject(); study = m.study(); }
            else {
                if (metaFile != null) notInMeta++;
                Matcher mm = MIMIC_PATH.matcher(rel);
                if (mm.matches()) { subject = mm.group(1); study = mm.group(2); }
            }
            int row = b.addImage(rel, subject, study == null ? null : subject + "/" + study, "all");
            byKey.put(rel, row);
            byName.merge(id, row, (a, c) -> -1);
            if (m != null) {
                b.category(Dataset.VIEW, row, m.view());
                b.category(Dataset.FRONTAL_LATERAL, row, m.view().isEmpty() ? null : Cxr14Reader.frontalLateral(m.view()));
                b.category(Dataset.AP_PA, row, m.view().startsWith("AP") ? "AP" : m.view().startsWith("PA") ? "PA" : null);
                b.category("procedure", row, m.procedure());
                b.category("patient_orientation", row, m.orientation());
            }
            if (sizes[i] == null) unreadable++;
            else { b.size(row, sizes[i][0], sizes[i][1]); b.bits(row, 8); }
        }
        if (metaFile == null) b.note("No " + MimicReader.PREFIX + "metadata.csv in the folder: patient and study come from the MIMIC-CXR-JPG path where it has that form; views are unknown.");
        if (notInMeta > 0) b.note(notInMeta + " JPEG file(s) are not in " + metaFile.getFileName() + ".");
        long missing = meta.size() - (files.size() - notInMeta);
        if (metaFile != null && missing > 0) b.note(missing + " image(s) in " + metaFile.getFileName() + " have no JPEG file in the folder.");
        if (unreadable > 0) b.note(unreadable + " file(s) named .jpg could not be read as JPEG (size unknown).");
        if (labelsCsv != null) {
            for (var e : byName.entrySet()) if (e.getValue() >= 0) byKey.putIfAbsent(e.getKey(), e.getValue());
            LabelsCsv.apply(b, labelsCsv, byKey);
        }
        return b.build();
    }

    /** Width and height from the JPEG header, or null when it is not a readable JPEG. */
    static int[] size(Path p) {
        try (ImageInputStream in = ImageIO.createImageInputStream(p.toFile())) {
            if (in == null) return null;
            // the JDK's own reader, asked directly: probing every registered reader makes PixelMed's print to stdout
            ImageReader r = null;
            for (Iterator<ImageReader> it = ImageIO.getImageReadersByFormatName("jpeg"); it.hasNext(); ) {
                ImageReader c = it.next();
                if (c.getClass().getName().startsWith("com.sun.imageio.plugins.jpeg.")) { r = c; break; }
                c.dispose();
            }
            if (r == null) return null;
            try {
                r.setInput(in, true, true);
                return new int[] {r.getWidth(0), r.getHeight(0)};
            } finally {
                r.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
