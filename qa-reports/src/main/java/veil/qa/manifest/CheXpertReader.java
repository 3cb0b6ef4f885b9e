package veil.qa.manifest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;

/**
 * CheXpert {@code train.csv} / {@code valid.csv}: Path, Sex, Age, Frontal/Lateral, AP/PA, then one
 * column per label holding 1, 0, -1 (uncertain) or blank (not mentioned). Patient and study come
 * from the path ({@code .../train/patient00001/study1/view1_frontal.jpg}); the split from the
 * path's train/valid/test folder, else from the file name. Other columns whose values are not
 * label values (a site, a scanner) are kept as categorical columns for {@code --strata}.
 */
public final class CheXpertReader {
    public static final String LABELLER = "chexpert";
    public static final List<String> REQUIRED = List.of("Path", "Sex", "Age", "Frontal/Lateral", "AP/PA");
    static final List<String> META = List.of("Path", "Sex", "Age", "Frontal/Lateral", "AP/PA");

    private CheXpertReader() {}

    public static boolean looksLike(String headerLine) {
        return headerLine.startsWith("Path,") || headerLine.contains("Frontal/Lateral");
    }

    /** Reads one or more CheXpert CSVs (train.csv, valid.csv) into one dataset. */
    public static Dataset read(List<Path> csvs) throws IOException {
        Dataset.Builder b = new Dataset.Builder(ManifestFormat.CHEXPERT.id(), 1 << 16);
        b.declareColumn(Dataset.VIEW).declareColumn(Dataset.FRONTAL_LATERAL).declareColumn(Dataset.AP_PA).declareColumn(Dataset.SEX);
        b.bitsSource("release format");
        b.note("CheXpert images were released as 8-bit JPEG files.");
        LabelSet.Builder lb = b.labels(LABELLER);
        long invalid = 0, noPatient = 0;
        for (Path csv : csvs) {
            b.source(csv.getFileName().toString());
            String fileSplit = splitFromFileName(csv.getFileName().toString());
            try (Csv.Table t = new Csv.Table(csv)) {
                t.require("CheXpert", REQUIRED);
                int cPath = t.col("Path"), cSex = t.col("Sex"), cAge = t.col("Age"),
                        cFl = t.col("Frontal/Lateral"), cApPa = t.col("AP/PA");
                List<Integer> labelCols = new ArrayList<>();
                List<Integer> labelIds = new ArrayList<>();
                List<Integer> otherCols = new ArrayList<>();
                for (int i = 0; i < t.header.size(); i++) {
                    String h = t.header.get(i);
                    if (META.contains(h) || h.isEmpty()) continue;
                    if (t.labelLike(i)) {
                        labelCols.add(i);
                        labelIds.add(lb.label(h));
                    } else otherCols.add(i);
                }
                while (t.hasNext()) {
                    CSVRecord r = t.next();
                    String path = Csv.get(r, cPath).strip();
                    if (path.isEmpty()) continue;
                    String[] parts = path.split("/");
                    String patient = null, study = null, split = null;
                    for (int i = 0; i < parts.length; i++) {
                        String p = parts[i];
                        if (patient == null && p.startsWith("patient")) {
                            patient = p;
                            if (i + 1 < parts.length - 1) study = parts[i + 1];
                            if (i > 0) split = splitFromFolder(parts[i - 1]);
                        }
                    }
                    if (patient == null) {
                        noPatient++;
                        patient = parts.length >= 3 ? parts[parts.length - 3] : path;
                        study = parts.length >= 2 ? parts[parts.length - 2] : path;
                    }
                    if (study == null) study = path;
                    if (split == null) split = fileSplit;
                    int row = b.addImage(path, patient, patient + "/" + study, split);
                    b.category(Dataset.SEX, row, sex(Csv.get(r, cSex)));
                    b.age(row, Ages.parse(Csv.get(r, cAge)));
                    String fl = Csv.get(r, cFl).strip();
                    b.category(Dataset.FRONTAL_LATERAL, row, fl);
                    String appa = Csv.get(r, cApPa).strip().toUpperCase(Locale.ROOT);
                    b.category(Dataset.AP_PA, row, appa);
                    b.category(Dataset.VIEW, row, !appa.isEmpty() ? appa : (fl.equalsIgnoreCase("Lateral") ? "LATERAL" : null));
                    b.bits(row, 8);
                    for (int c : otherCols) b.category(t.header.get(c), row, Csv.get(r, c).strip());
                    for (int k = 0; k < labelCols.size(); k++) {
                        byte v = LabelValue.parse(Csv.get(r, labelCols.get(k)));
                        if (v == LabelValue.INVALID) { invalid++; v = LabelValue.BLANK; }
                        lb.set(row, labelIds.get(k), v);
                    }
                }
            }
        }
        if (b.size() == 0) throw new ManifestException("no image rows in " + csvs);
        if (invalid > 0) b.note(invalid + " label value(s) were not 1, 0, -1 or blank and count as blank.");
        if (noPatient > 0) b.note(noPatient + " path(s) have no patientNNNNN folder; the folder two levels up was used as patient.");
        return b.build();
    }

    /** The CSVs of a CheXpert folder: train.csv and valid.csv (and test.csv if present). */
    public static List<Path> filesIn(Path dir) {
        List<Path> out = new ArrayList<>();
        for (String n : List.of("train.csv", "valid.csv", "test.csv", "test_labels.csv")) {
            Path p = dir.resolve(n);
            if (Files.isRegularFile(p)) out.add(p);
        }
        return out;
    }

    static String splitFromFolder(String folder) {
        String f = folder.toLowerCase(Locale.ROOT);
        if (f.equals("train")) return "train";
        if (f.equals("valid") || f.equals("validation") || f.equals("val")) return "valid";
        if (f.equals("test")) return "test";
        return null;
    }

    static String splitFromFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("train")) return "train";
        if (n.startsWith("valid") || n.startsWith("val")) return "valid";
        if (n.startsWith("test")) return "test";
        return n.replaceAll("\\.csv(\\.gz)?$", "");
    }

    static String sex(String s) {
        String t = s.strip();
        if (t.isEmpty() || t.equalsIgnoreCase("Unknown")) return null;
        if (t.equalsIgnoreCase("Male") || t.equalsIgnoreCase("M")) return "M";
        if (t.equalsIgnoreCase("Female") || t.equalsIgnoreCase("F")) return "F";
        return t;
    }
}
