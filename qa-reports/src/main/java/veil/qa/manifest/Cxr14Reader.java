package veil.qa.manifest;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * NIH ChestX-ray14 {@code Data_Entry_2017.csv} (2017 and 2020 layouts). The header names 9
 * columns, two of them holding a pair ("OriginalImage[Width,Height]",
 * "OriginalImagePixelSpacing[x,y]"), so rows carry 11 values (12 with the 2017 trailing comma):
 * values are read by position. Labels are '|'-separated ("No Finding" means none). The Image
 * Index is {@code <patient>_<follow-up>.png}: one image per follow-up visit, so each image is its
 * own study. Rows are split by a fast comma splitter (the file has no quoted fields; a line with a
 * quote goes through the CSV parser).
 */
public final class Cxr14Reader {
    public static final String LABELLER = "nih";
    /** The 14 findings of ChestX-ray14, in the paper's order, then "No Finding". */
    public static final List<String> LABELS = List.of("Atelectasis", "Cardiomegaly", "Effusion", "Infiltration",
            "Mass", "Nodule", "Pneumonia", "Pneumothorax", "Consolidation", "Edema", "Emphysema", "Fibrosis",
            "Pleural_Thickening", "Hernia", "No Finding");
    /** The first seven header names, by position. */
    static final List<String> HEADER = List.of("Image Index", "Finding Labels", "Follow-up #", "Patient ID",
            "Patient Age", "Patient Gender", "View Position");
    static final List<String> REQUIRED = List.of("Image Index", "Finding Labels", "Patient ID");

    public static final String TRAIN_LIST = "train_val_list.txt";
    public static final String TEST_LIST = "test_list.txt";

    private Cxr14Reader() {}

    /** True when the first line looks like a ChestX-ray14 header. */
    public static boolean looksLike(String headerLine) {
        return headerLine.startsWith("Image Index") || (headerLine.contains("Image Index") && headerLine.contains("Finding Labels"));
    }

    /**
     * Reads the data-entry CSV. Split lists may be null; when both are null, lists named
     * {@code train_val_list.txt} and {@code test_list.txt} beside the CSV are used if present.
     */
    public static Dataset read(Path csv, Path trainList, Path testList) throws IOException {
        if (trainList == null && testList == null) {
            Path dir = csv.toAbsolutePath().getParent();
            Path t = dir.resolve(TRAIN_LIST), s = dir.resolve(TEST_LIST);
            if (Files.isRegularFile(t)) trainList = t;
            if (Files.isRegularFile(s)) testList = s;
        }
        // image -> index into SPLITS; open addressing, no per-image objects
        StringIntMap splitOf = new StringIntMap(1 << 17);
        if (trainList != null) readList(trainList, 0, splitOf);
        if (testList != null) readList(testList, 1, splitOf);
        boolean haveSplits = splitOf.size() > 0;

        Dataset.Builder b = new Dataset.Builder(ManifestFormat.CXR14.id(), 1 << 17);
        b.source(csv.getFileName().toString());
        if (trainList != null) b.source(trainList.getFileName().toString());
        if (testList != null) b.source(testList.getFileName().toString());
        b.declareColumn(Dataset.VIEW).declareColumn(Dataset.FRONTAL_LATERAL).declareColumn(Dataset.AP_PA).declareColumn(Dataset.SEX);
        b.bitsSource("release format");
        b.note("ChestX-ray14 images were released as 8-bit PNG files resized to 1024x1024; the original sizes are in the manifest.");
        LabelSet.Builder lb = b.labels(LABELLER);
        int[] labelIdx = new int[LABELS.size()];
        for (int i = 0; i < LABELS.size(); i++) labelIdx[i] = lb.label(LABELS.get(i));
        Map<String, Integer> known = new HashMap<>();
        for (int i = 0; i < LABELS.size(); i++) known.put(LABELS.get(i), labelIdx[i]);

        Categorical.Builder sexCol = b.column(Dataset.SEX), viewCol = b.column(Dataset.VIEW),
                flCol = b.column(Dataset.FRONTAL_LATERAL), apPaCol = b.column(Dataset.AP_PA);
        long badAge = 0, shortRows = 0, unlisted = 0;
        try (BufferedReader in = new BufferedReader(Csv.open(csv), 1 << 16)) {
            String headerLine = in.readLine();
            if (headerLine == null) throw new ManifestException(csv.getFileName() + " is empty: expected a header row");
            List<String> header = new ArrayList<>();
            Csv.splitLine(headerLine, header);
            header.replaceAll(String::strip);
            while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) header.remove(header.size() - 1);
            List<String> missing = new ArrayList<>();
            for (String r : REQUIRED) if (!header.contains(r)) missing.add(r);
            if (!missing.isEmpty()) throw Csv.missingColumns(csv, "ChestX-ray14 data-entry", missing, header);
            for (int i = 0; i < HEADER.size(); i++) {
                if (i >= header.size() || !header.get(i).equals(HEADER.get(i)))
                    throw new ManifestException(csv.getFileName() + ": column " + (i + 1) + " is '"
                            + (i < header.size() ? header.get(i) : "") + "' but ChestX-ray14 rows are read by position and expect '"
                            + HEADER.get(i) + "' there (header: " + String.join(", ", header) + ")");
            }
            byte[] rowLabels = new byte[LABELS.size()];
            List<String> r = new ArrayList<>(16);
            String text;
            while ((text = in.readLine()) != null) {
                if (text.isBlank()) continue;
                Csv.splitLine(text, r);
                if (r.size() < 4) { shortRows++; continue; }
                String image = r.get(0).strip();
                if (image.isEmpty()) { shortRows++; continue; }
                String patient = r.get(3).strip();
                int sc = splitOf.get(image);
                String split;
                if (sc >= 0) split = SPLITS[sc];
                else {
                    split = haveSplits ? "unlisted" : "all";
                    if (haveSplits) unlisted++;
                }
                // one image per follow-up visit: each image is its own study
                int row = b.addImageOwnStudy(image, patient, split);
                String ageText = get(r, 4);
                float age = Ages.parse(ageText);
                if (Float.isNaN(age) && !ageText.isBlank()) badAge++;
                b.age(row, age);
                sexCol.set(row, sex(get(r, 5)));
                String view = get(r, 6).strip().toUpperCase(Locale.ROOT);
                viewCol.set(row, view);
                flCol.set(row, view.isEmpty() ? null : frontalLateral(view));
                apPaCol.set(row, ("AP".equals(view) || "PA".equals(view)) ? view : null);
                b.size(row, intOrZero(get(r, 7)), intOrZero(get(r, 8)));
                b.bits(row, 8);
                java.util.Arrays.fill(rowLabels, LabelValue.NEGATIVE);
                String findings = r.get(1);
                int start = 0;
                while (start <= findings.length()) {
                    int bar = findings.indexOf('|', start);
                    if (bar < 0) bar = findings.length();
                    String f = findings.substring(start, bar).strip();
                    if (!f.isEmpty()) {
                        Integer li = known.get(f);
                        if (li == null) {
                            li = lb.label(f);
                            known.put(f, li);
                            rowLabels = java.util.Arrays.copyOf(rowLabels, li + 1);
                            // rows before this one did not name the finding: negative there
                            for (int prev = 0; prev < row; prev++) lb.set(prev, li, LabelValue.NEGATIVE);
                        }
                        rowLabels[li] = LabelValue.POSITIVE;
                    }
                    start = bar + 1;
                }
                lb.setRow(row, rowLabels);
            }
        }
        if (b.size() == 0) throw new ManifestException(csv.getFileName() + " has a header but no image rows");
        if (shortRows > 0) b.note(shortRows + " row(s) with fewer than 4 values were skipped.");
        if (badAge > 0) b.note(badAge + " image(s) have an unreadable or implausible age (over 150 years) and count as age unknown.");
        if (unlisted > 0) b.note(unlisted + " image(s) are in neither split list and are reported as split 'unlisted'.");
        return b.build();
    }

    static final String[] SPLITS = {"train_val", "test"};

    static void readList(Path list, int split, StringIntMap out) throws IOException {
        try (BufferedReader r = new BufferedReader(Csv.open(list))) {
            String line;
            while ((line = r.readLine()) != null) {
                String s = line.strip();
                if (!s.isEmpty()) out.put(s, split);
            }
        }
    }

    static String sex(String s) {
        String t = s.strip().toUpperCase(Locale.ROOT);
        if (t.isEmpty()) return null;
        if (t.equals("M") || t.equals("MALE")) return "M";
        if (t.equals("F") || t.equals("FEMALE")) return "F";
        if (t.equals("O") || t.equals("OTHER")) return "O";
        if (t.equals("U") || t.equals("UNKNOWN")) return null;
        return t;
    }

    static String frontalLateral(String view) {
        switch (view) {
            case "PA": case "AP": case "AP AXIAL": case "PA LLD": case "AP LLD": case "AP RLD": case "PA RLD": return "Frontal";
            case "LL": case "RL": case "LATERAL": case "LAO": case "RAO": case "LPO": case "RPO": return "Lateral";
            default: return view.contains("LAT") || view.equals("LL") ? "Lateral" : "Other";
        }
    }

    static String get(List<String> r, int i) { return i < r.size() ? r.get(i) : ""; }

    static int intOrZero(String s) {
        String t = s.strip();
        if (t.isEmpty()) return 0;
        if (t.length() <= 9) {
            int v = 0;
            boolean digits = true;
            for (int i = 0; i < t.length() && digits; i++) {
                char c = t.charAt(i);
                if (c < '0' || c > '9') digits = false;
                else v = v * 10 + (c - '0');
            }
            if (digits) return v;
        }
        try {
            return (int) Math.round(Double.parseDouble(t));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
