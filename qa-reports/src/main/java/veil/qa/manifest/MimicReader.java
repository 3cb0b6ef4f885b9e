package veil.qa.manifest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * MIMIC-CXR-JPG: {@code mimic-cxr-2.0.0-metadata.csv} (one row per image), {@code -split.csv},
 * and study-level labels from {@code -chexpert.csv} and {@code -negbio.csv}, each plain or .gz.
 * A MIMIC-IV {@code patients.csv} beside them, when present, gives sex and anchor age.
 */
public final class MimicReader {
    public static final String PREFIX = "mimic-cxr-2.0.0-";
    public static final List<String> METADATA_REQUIRED = List.of("dicom_id", "subject_id", "study_id");
    public static final List<String> SPLIT_REQUIRED = List.of("dicom_id", "split");
    public static final List<String> LABELS_REQUIRED = List.of("subject_id", "study_id");

    private MimicReader() {}

    /** Finds {@code mimic-cxr-2.0.0-<part>.csv} or {@code .csv.gz} in a folder, or null. */
    public static Path find(Path dir, String part) {
        for (String ext : List.of(".csv", ".csv.gz")) {
            Path p = dir.resolve(PREFIX + part + ext);
            if (Files.isRegularFile(p)) return p;
        }
        return null;
    }

    public static boolean isMetadataFile(Path p) {
        String n = p.getFileName().toString();
        return n.startsWith(PREFIX + "metadata");
    }

    /** Reads the MIMIC files of a folder (or the folder of a given metadata file). */
    public static Dataset read(Path dirOrMetadata) throws IOException {
        Path dir = Files.isDirectory(dirOrMetadata) ? dirOrMetadata : dirOrMetadata.toAbsolutePath().getParent();
        Path meta = Files.isDirectory(dirOrMetadata) ? find(dir, "metadata") : dirOrMetadata;
        if (meta == null) throw new ManifestException("no " + PREFIX + "metadata.csv(.gz) in " + dir);
        return read(meta, find(dir, "split"), find(dir, "chexpert"), find(dir, "negbio"), findPatients(dir));
    }

    static Path findPatients(Path dir) {
        for (String n : List.of("patients.csv", "patients.csv.gz")) {
            Path p = dir.resolve(n);
            if (Files.isRegularFile(p)) return p;
        }
        return null;
    }

    public static Dataset read(Path meta, Path split, Path chexpert, Path negbio, Path patients) throws IOException {
        Dataset.Builder b = new Dataset.Builder(ManifestFormat.MIMIC.id(), 1 << 17);
        b.declareColumn(Dataset.VIEW).declareColumn(Dataset.FRONTAL_LATERAL).declareColumn(Dataset.AP_PA).declareColumn(Dataset.SEX);
        b.bitsSource("release format");
        b.note("MIMIC-CXR-JPG images were converted from DICOM to 8-bit JPEG files.");
        Map<String, String> splitOf = new HashMap<>();
        if (split != null) {
            b.source(split.getFileName().toString());
            try (Csv.Table t = new Csv.Table(split)) {
                t.require("MIMIC-CXR split", SPLIT_REQUIRED);
                int cId = t.col("dicom_id"), cSplit = t.col("split");
                while (t.hasNext()) {
                    CSVRecord r = t.next();
                    splitOf.put(Csv.get(r, cId).strip(), Csv.get(r, cSplit).strip().intern());
                }
            }
        }
        Map<String, float[]> demo = new HashMap<>();   // subject -> {sexCode (1=M,2=F), age}
        if (patients != null) {
            b.source(patients.getFileName().toString());
            try (Csv.Table t = new Csv.Table(patients)) {
                t.require("MIMIC-IV patients", List.of("subject_id"));
                int cId = t.col("subject_id"), cSex = t.colIgnoreCase("gender", "sex"), cAge = t.colIgnoreCase("anchor_age", "age");
                while (t.hasNext()) {
                    CSVRecord r = t.next();
                    String s = Csv.get(r, cSex).strip().toUpperCase(Locale.ROOT);
                    demo.put(Csv.get(r, cId).strip(), new float[] {s.startsWith("M") ? 1 : s.startsWith("F") ? 2 : 0, Ages.parse(Csv.get(r, cAge))});
                }
            }
        }
        b.source(meta.getFileName().toString());
        long unlisted = 0;
        try (Csv.Table t = new Csv.Table(meta)) {
            t.require("MIMIC-CXR metadata", METADATA_REQUIRED);
            int cId = t.col("dicom_id"), cSub = t.col("subject_id"), cStudy = t.col("study_id"),
                    cView = t.col("ViewPosition"), cRows = t.col("Rows"), cCols = t.col("Columns"),
                    cProc = t.col("PerformedProcedureStepDescription"),
                    cOrient = t.col("PatientOrientationCodeSequence_CodeMeaning");
            while (t.hasNext()) {
                CSVRecord r = t.next();
                String id = Csv.get(r, cId).strip();
                if (id.isEmpty()) continue;
                String subject = Csv.get(r, cSub).strip(), study = Csv.get(r, cStudy).strip();
                String s = splitOf.get(id);
                if (s == null) {
                    s = split == null ? "all" : "unlisted";
                    if (split != null) unlisted++;
                }
                String path = "files/p" + (subject.length() >= 2 ? subject.substring(0, 2) : subject) + "/p" + subject + "/s" + study + "/" + id + ".jpg";
                int row = b.addImage(path, subject, study, s);
                String view = Csv.get(r, cView).strip().toUpperCase(Locale.ROOT);
                b.category(Dataset.VIEW, row, view);
                b.category(Dataset.FRONTAL_LATERAL, row, view.isEmpty() ? null : Cxr14Reader.frontalLateral(view));
                b.category(Dataset.AP_PA, row, view.startsWith("AP") ? "AP" : view.startsWith("PA") ? "PA" : null);
                if (cProc >= 0) b.category("procedure", row, Csv.get(r, cProc).strip());
                if (cOrient >= 0) b.category("patient_orientation", row, Csv.get(r, cOrient).strip());
                b.size(row, Cxr14Reader.intOrZero(Csv.get(r, cCols)), Cxr14Reader.intOrZero(Csv.get(r, cRows)));
                b.bits(row, 8);
                float[] d = demo.get(subject);
                if (d != null) {
                    b.category(Dataset.SEX, row, d[0] == 1 ? "M" : d[0] == 2 ? "F" : null);
                    b.age(row, d[1]);
                }
            }
        }
        if (b.size() == 0) throw new ManifestException(meta.getFileName() + " has no image rows");
        if (unlisted > 0) b.note(unlisted + " image(s) are not in the split file and are reported as split 'unlisted'.");
        if (chexpert != null) studyLabels(b, chexpert, "chexpert");
        if (negbio != null) studyLabels(b, negbio, "negbio");
        if (patients == null) b.note("No MIMIC-IV patients.csv was given: sex and age are unknown.");
        return b.build();
    }

    /** Study-level labels, copied to every image of the study. */
    static void studyLabels(Dataset.Builder b, Path file, String labeller) throws IOException {
        b.source(file.getFileName().toString());
        Map<String, byte[]> byStudy = new HashMap<>();
        List<String> names = new ArrayList<>();
        long invalid = 0;
        try (Csv.Table t = new Csv.Table(file)) {
            t.require("MIMIC-CXR " + labeller + " label", LABELS_REQUIRED);
            int cStudy = t.col("study_id"), cSub = t.col("subject_id");
            List<Integer> cols = new ArrayList<>();
            for (int i = 0; i < t.header.size(); i++) {
                if (i == cStudy || i == cSub || t.header.get(i).isEmpty()) continue;
                cols.add(i);
                names.add(t.header.get(i));
            }
            while (t.hasNext()) {
                CSVRecord r = t.next();
                byte[] v = new byte[cols.size()];
                for (int k = 0; k < v.length; k++) {
                    byte x = LabelValue.parse(Csv.get(r, cols.get(k)));
                    if (x == LabelValue.INVALID) { invalid++; x = LabelValue.BLANK; }
                    v[k] = x;
                }
                byStudy.put(Csv.get(r, cStudy).strip(), v);
            }
        }
        LabelSet.Builder lb = b.labels(labeller);
        int[] ids = new int[names.size()];
        for (int k = 0; k < ids.length; k++) ids[k] = lb.label(names.get(k));
        long missing = 0;
        // study codes are interned per row; look labels up by the study key of each row
        for (int row = 0; row < b.size(); row++) {
            byte[] v = byStudy.get(b.studyKey(row));
            if (v == null) { missing++; continue; }
            for (int k = 0; k < ids.length; k++) lb.set(row, ids[k], v[k]);
        }
        if (missing > 0) b.note(missing + " image(s) have no " + labeller + " labels (their study is not in " + file.getFileName() + ").");
        if (invalid > 0) b.note(invalid + " " + labeller + " label value(s) were not 1, 0, -1 or blank and count as blank.");
    }
}
