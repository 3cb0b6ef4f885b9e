package veil.testkit.qa;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeFactory;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.OtherWordAttribute;
import com.pixelmed.dicom.SOPClass;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * Synthetic chest X-ray manifests in each supported layout, with the weak points of real ones:
 * a heavy-tailed number of images per patient (about 5% of patients with more than 10 images
 * hold about half the images), labels that cluster within patients and depend on the view (AP
 * films of sicker patients), patients leaking across splits, uncertain and blank labels, and two
 * labellers that disagree. Used by the demo, the tests and the benchmark. Deterministic per seed.
 */
public final class SyntheticManifests {
    private SyntheticManifests() {}

    /** What was written: the path to give {@code veil qa}, and facts known by construction. */
    public record Generated(Path input, long patients, long images, long leakedPatients) {}

    public static final List<String> CXR14_LABELS = List.of("Atelectasis", "Cardiomegaly", "Effusion", "Infiltration", "Mass",
            "Nodule", "Pneumonia", "Pneumothorax", "Consolidation", "Edema", "Emphysema", "Fibrosis", "Pleural_Thickening", "Hernia");
    static final double[] CXR14_PREV = {0.10, 0.025, 0.12, 0.18, 0.05, 0.056, 0.013, 0.047, 0.042, 0.02, 0.022, 0.015, 0.03, 0.002};
    /** Labels whose prevalence is higher on AP (portable) films. */
    static final List<String> AP_HEAVY = List.of("Effusion", "Edema", "Atelectasis", "Consolidation", "Support Devices",
            "Pleural Effusion", "Lung Opacity", "Cardiomegaly");

    public static final List<String> CHEXPERT_LABELS = List.of("No Finding", "Enlarged Cardiomediastinum", "Cardiomegaly",
            "Lung Opacity", "Lung Lesion", "Edema", "Consolidation", "Pneumonia", "Atelectasis", "Pneumothorax",
            "Pleural Effusion", "Pleural Other", "Fracture", "Support Devices");
    static final double[] CHEXPERT_PREV = {0.10, 0.05, 0.12, 0.47, 0.04, 0.23, 0.07, 0.03, 0.15, 0.09, 0.38, 0.02, 0.04, 0.52};
    static final double[] CHEXPERT_UNC = {0.0, 0.06, 0.04, 0.03, 0.01, 0.06, 0.12, 0.08, 0.15, 0.01, 0.05, 0.01, 0.003, 0.005};

    // ---- shared simulation ----------------------------------------------------------------------

    /** Images for one patient: heavy tail, P(k or more) ~ k^-1.2, capped. */
    static int imagesFor(SplittableRandom r, int cap) {
        double u = 1 - r.nextDouble();
        return (int) Math.max(1, Math.min(cap, Math.floor(Math.pow(u, -1 / 1.2))));
    }

    static double logit(double p) { return Math.log(p / (1 - p)); }

    static double sigmoid(double x) { return 1 / (1 + Math.exp(-x)); }

    /** Probability an image is positive, given the label's base rate, the patient's latent tendency and the view. */
    static double pPositive(double base, double latent, boolean ap, boolean apHeavy) {
        return sigmoid(logit(base) - 0.9 + 1.6 * latent + (ap && apHeavy ? 1.0 : 0) - (ap || !apHeavy ? 0 : 0.3));
    }

    static String splitFor(SplittableRandom r, String[] names, double[] cum) {
        double u = r.nextDouble();
        for (int i = 0; i < names.length; i++) if (u < cum[i]) return names[i];
        return names[names.length - 1];
    }

    static Writer writer(Path p) throws IOException {
        if (p.getFileName().toString().endsWith(".gz"))
            return new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(p), 1 << 16), StandardCharsets.UTF_8), 1 << 16);
        return Files.newBufferedWriter(p, StandardCharsets.UTF_8);
    }

    // ---- ChestX-ray14 ---------------------------------------------------------------------------

    /**
     * Writes {@code Data_Entry_2017_v2020.csv} (9 header names, 11 values per row) with
     * {@code train_val_list.txt} and {@code test_list.txt}, until at least {@code images} rows.
     */
    public static Generated cxr14(Path dir, int images, long seed) throws IOException {
        Files.createDirectories(dir);
        SplittableRandom r = new SplittableRandom(seed);
        Path csv = dir.resolve("Data_Entry_2017_v2020.csv");
        long patients = 0, rows = 0, leaked = 0;
        int L = CXR14_LABELS.size();
        double[] latent = new double[L];
        try (Writer w = writer(csv); Writer train = writer(dir.resolve("train_val_list.txt")); Writer test = writer(dir.resolve("test_list.txt"))) {
            w.write("Image Index,Finding Labels,Follow-up #,Patient ID,Patient Age,Patient Gender,View Position,OriginalImage[Width,Height],OriginalImagePixelSpacing[x,y]\n");
            StringBuilder sb = new StringBuilder(128);
            while (rows < images) {
                patients++;
                int k = imagesFor(r, 120);
                if (rows + k > images) k = (int) (images - rows);
                boolean isTest = r.nextDouble() < 0.22;
                boolean leak = k >= 3 && r.nextDouble() < 0.08;
                if (leak) leaked++;
                int age = (int) Math.max(1, Math.min(95, 47 + 17 * r.nextGaussian()));
                String sex = r.nextDouble() < 0.565 ? "M" : "F";
                for (int l = 0; l < L; l++) latent[l] = r.nextGaussian();
                double apShare = k > 10 ? 0.65 : 0.3;
                for (int f = 0; f < k; f++) {
                    boolean ap = r.nextDouble() < apShare;
                    String image = String.format(Locale.ROOT, "%08d_%03d.png", patients, f);
                    sb.setLength(0);
                    sb.append(image).append(',');
                    int before = sb.length();
                    for (int l = 0; l < L; l++)
                        if (r.nextDouble() < pPositive(CXR14_PREV[l], latent[l], ap, AP_HEAVY.contains(CXR14_LABELS.get(l)))) {
                            if (sb.length() > before) sb.append('|');
                            sb.append(CXR14_LABELS.get(l));
                        }
                    if (sb.length() == before) sb.append("No Finding");
                    int a = Math.min(95, age + f / 4);
                    String ageText = r.nextDouble() < 0.02 ? String.format(Locale.ROOT, "%03dY", a) : Integer.toString(a);
                    int wpx = ap ? 2500 : 2992, hpx = ap ? 2048 : 2991;
                    if (r.nextDouble() < 0.3) { wpx = 2021 + r.nextInt(1000); hpx = 2021 + r.nextInt(1000); }
                    sb.append(',').append(f).append(',').append(patients).append(',').append(ageText).append(',').append(sex)
                            .append(',').append(ap ? "AP" : "PA").append(',').append(wpx).append(',').append(hpx)
                            .append(",0.143,0.143\n");
                    w.write(sb.toString());
                    boolean toTest = leak ? f % 2 == 1 : isTest;
                    (toTest ? test : train).write(image + "\n");
                    rows++;
                }
            }
        }
        return new Generated(csv, patients, rows, leaked);
    }

    // ---- CheXpert -------------------------------------------------------------------------------

    /** Writes {@code train.csv} and {@code valid.csv} in a folder and returns the folder. */
    public static Generated chexpert(Path dir, int patients, long seed) throws IOException {
        Files.createDirectories(dir);
        SplittableRandom r = new SplittableRandom(seed);
        int L = CHEXPERT_LABELS.size();
        long images = 0, leaked = 0;
        int validPatients = Math.max(3, patients / 50);
        String header = "Path,Sex,Age,Frontal/Lateral,AP/PA," + String.join(",", CHEXPERT_LABELS) + "\n";
        double[] latent = new double[L];
        try (Writer train = writer(dir.resolve("train.csv")); Writer valid = writer(dir.resolve("valid.csv"))) {
            train.write(header);
            valid.write(header);
            for (int p = 1; p <= patients; p++) {
                boolean isValid = p <= validPatients;
                boolean leak = isValid && p % 3 == 0;   // a third of valid patients also have train studies
                if (leak) leaked++;
                int age = (int) Math.max(18, Math.min(90, 60 + 18 * r.nextGaussian()));
                String sex = r.nextDouble() < 0.59 ? "Male" : r.nextDouble() < 0.995 ? "Female" : "Unknown";
                for (int l = 0; l < L; l++) latent[l] = r.nextGaussian();
                int studies = isValid && !leak ? 1 : Math.max(leak ? 2 : 1, imagesFor(r, 60) / 2);
                for (int s = 1; s <= studies; s++) {
                    boolean inValid = isValid && (!leak || s == 1);
                    String split = inValid ? "valid" : "train";
                    boolean ap = r.nextDouble() < (studies > 5 ? 0.85 : 0.6);
                    int views = r.nextDouble() < 0.3 ? 2 : 1;
                    byte[] lab = new byte[L];
                    boolean any = false;
                    for (int l = 1; l < L; l++) {
                        double u = r.nextDouble();
                        double pp = pPositive(CHEXPERT_PREV[l], latent[l], ap, AP_HEAVY.contains(CHEXPERT_LABELS.get(l)));
                        if (u < pp) { lab[l] = 1; any = true; }
                        else if (!inValid && u < pp + CHEXPERT_UNC[l]) lab[l] = -1;
                        else if (inValid || r.nextDouble() < 0.15) lab[l] = 0;
                        else lab[l] = -2;
                    }
                    lab[0] = any ? (inValid ? (byte) 0 : (byte) -2) : 1;
                    for (int v = 1; v <= views; v++) {
                        boolean lateral = v == 2;
                        StringBuilder sb = new StringBuilder(160);
                        sb.append(String.format(Locale.ROOT, "CheXpert-v1.0-small/%s/patient%05d/study%d/view%d_%s.jpg", split, p, s, v,
                                lateral ? "lateral" : "frontal"));
                        sb.append(',').append(sex).append(',').append(Math.min(90, age + s / 3)).append(',')
                                .append(lateral ? "Lateral" : "Frontal").append(',').append(lateral ? "" : ap ? "AP" : "PA");
                        for (int l = 0; l < L; l++) {
                            sb.append(',');
                            switch (lab[l]) {
                                case 1: sb.append("1.0"); break;
                                case 0: sb.append("0.0"); break;
                                case -1: sb.append("-1.0"); break;
                                default: break;
                            }
                        }
                        sb.append('\n');
                        (inValid ? valid : train).write(sb.toString());
                        images++;
                    }
                }
            }
        }
        return new Generated(dir, patients, images, leaked);
    }

    // ---- MIMIC-CXR-JPG --------------------------------------------------------------------------

    /**
     * Writes the MIMIC-CXR-JPG metadata, split, chexpert (gzipped) and negbio CSVs and a MIMIC-IV
     * patients.csv into a folder; negbio disagrees with chexpert on a few percent of labels.
     */
    public static Generated mimic(Path dir, int patients, long seed) throws IOException {
        Files.createDirectories(dir);
        SplittableRandom r = new SplittableRandom(seed);
        int L = CHEXPERT_LABELS.size();
        List<String> mimicOrder = new ArrayList<>(CHEXPERT_LABELS);
        java.util.Collections.sort(mimicOrder);
        int[] order = new int[L];
        for (int i = 0; i < L; i++) order[i] = CHEXPERT_LABELS.indexOf(mimicOrder.get(i));
        long images = 0, leaked = 0;
        double[] latent = new double[L];
        String labelHeader = "subject_id,study_id," + String.join(",", mimicOrder) + "\n";
        try (Writer meta = writer(dir.resolve("mimic-cxr-2.0.0-metadata.csv"));
             Writer split = writer(dir.resolve("mimic-cxr-2.0.0-split.csv"));
             Writer chex = writer(dir.resolve("mimic-cxr-2.0.0-chexpert.csv.gz"));
             Writer neg = writer(dir.resolve("mimic-cxr-2.0.0-negbio.csv"));
             Writer pats = writer(dir.resolve("patients.csv"))) {
            meta.write("dicom_id,subject_id,study_id,PerformedProcedureStepDescription,ViewPosition,Rows,Columns,StudyDate,StudyTime,"
                    + "ProcedureCodeSequence_CodeMeaning,ViewCodeSequence_CodeMeaning,PatientOrientationCodeSequence_CodeMeaning\n");
            split.write("dicom_id,study_id,subject_id,split\n");
            chex.write(labelHeader);
            neg.write(labelHeader);
            pats.write("subject_id,gender,anchor_age,anchor_year,anchor_year_group,dod\n");
            for (int p = 0; p < patients; p++) {
                long subject = 10000000L + p * 37L + 32;
                double u = r.nextDouble();
                String pSplit = u < 0.04 ? "test" : u < 0.05 ? "validate" : "train";
                int studies = Math.max(1, imagesFor(r, 90) / 2 + (r.nextDouble() < 0.3 ? 1 : 0));
                boolean leak = !pSplit.equals("train") && studies >= 2 && r.nextDouble() < 0.25;
                if (leak) leaked++;
                int age = (int) Math.max(18, Math.min(91, 62 + 17 * r.nextGaussian()));
                boolean male = r.nextDouble() < 0.52;
                pats.write(subject + "," + (male ? "M" : "F") + "," + age + ",2150,2014 - 2016,\n");
                for (int l = 0; l < L; l++) latent[l] = r.nextGaussian();
                for (int s = 0; s < studies; s++) {
                    long study = 50000000L + (long) r.nextInt(10_000_000) * 3 + p % 3;
                    String sSplit = leak && s > 0 ? "train" : pSplit;
                    boolean ap = r.nextDouble() < (studies > 5 ? 0.8 : 0.45);
                    int views = ap ? 1 : (r.nextDouble() < 0.85 ? 2 : 1);
                    boolean recumbent = r.nextDouble() < 0.6;
                    byte[] lab = new byte[L];
                    boolean any = false;
                    for (int l = 1; l < L; l++) {
                        double x = r.nextDouble();
                        double pp = pPositive(CHEXPERT_PREV[l] * 0.7, latent[l], ap, AP_HEAVY.contains(CHEXPERT_LABELS.get(l)));
                        if (x < pp) { lab[l] = 1; any = true; }
                        else if (x < pp + CHEXPERT_UNC[l]) lab[l] = -1;
                        else if (r.nextDouble() < 0.2) lab[l] = 0;
                        else lab[l] = -2;
                    }
                    lab[0] = any ? (byte) -2 : 1;
                    StringBuilder c = new StringBuilder().append(subject).append(',').append(study);
                    StringBuilder n = new StringBuilder().append(subject).append(',').append(study);
                    for (int i = 0; i < L; i++) {
                        byte v = lab[order[i]];
                        c.append(',').append(cell(v));
                        n.append(',').append(cell(negbio(r, v)));
                    }
                    chex.write(c.append('\n').toString());
                    neg.write(n.append('\n').toString());
                    for (int v = 0; v < views; v++) {
                        String id = hex(r);
                        String view = v == 0 ? (ap ? "AP" : "PA") : "LATERAL";
                        int rows = view.equals("AP") ? 2539 : 3056, cols = view.equals("AP") ? 3050 : 2544;
                        meta.write(id + "," + subject + "," + study + ",CHEST (" + (ap ? "PORTABLE AP" : "PA AND LAT") + ")," + view + ","
                                + rows + "," + cols + ",21800506,213014.531,CHEST (" + (ap ? "PORTABLE AP" : "PA AND LAT") + "),"
                                + (view.equals("LATERAL") ? "lateral" : ap ? "antero-posterior" : "postero-anterior") + ","
                                + (ap && recumbent ? "Recumbent" : "Erect") + "\n");
                        split.write(id + "," + study + "," + subject + "," + sSplit + "\n");
                        images++;
                    }
                }
            }
        }
        return new Generated(dir, patients, images, leaked);
    }

    static String cell(byte v) {
        switch (v) {
            case 1: return "1.0";
            case 0: return "0.0";
            case -1: return "-1.0";
            default: return "";
        }
    }

    /** NegBio's reading of the same report: mostly the same, sometimes more or less certain. */
    static byte negbio(SplittableRandom r, byte v) {
        double u = r.nextDouble();
        if (v == -1 && u < 0.30) return 1;
        if (v == -1 && u < 0.40) return -2;
        if (v == 1 && u < 0.04) return -1;
        if (v == -2 && u < 0.02) return 1;
        if (v == 0 && u < 0.05) return -2;
        return v;
    }

    static String hex(SplittableRandom r) {
        return String.format(Locale.ROOT, "%08x-%08x-%08x-%08x-%08x", r.nextInt(), r.nextInt(), r.nextInt(), r.nextInt(), r.nextInt());
    }

    // ---- DICOM folder ---------------------------------------------------------------------------

    /**
     * Writes small DICOM files (32x32 uncompressed pixels, 8 or 12 bits stored) under
     * patient/study folders, a labels.csv with splits, and one file that is not DICOM. Returns the
     * folder.
     */
    public static Generated dicom(Path dir, int patients, long seed) throws IOException {
        Files.createDirectories(dir);
        SplittableRandom r = new SplittableRandom(seed);
        long images = 0, leaked = 0;
        List<String> labels = List.of("Effusion", "Pneumothorax", "Cardiomegaly");
        try (Writer lw = writer(dir.resolve("labels.csv"))) {
            lw.write("image,split," + String.join(",", labels) + "\n");
            for (int p = 1; p <= patients; p++) {
                String pid = String.format(Locale.ROOT, "PAT%04d", p);
                String pSplit = p % 5 == 0 ? "test" : "train";
                int k = imagesFor(r, 12);
                boolean leak = pSplit.equals("test") && k >= 2 && p % 2 == 0;
                if (leak) leaked++;
                int age = 20 + r.nextInt(70);
                String manufacturer = p % 3 == 0 ? "Acme Portable" : "Contoso Imaging";
                for (int i = 0; i < k; i++) {
                    String study = "1.2.826.0.1.3680043.9.7433.1." + p + "." + i;
                    String rel = pid + "/" + "study" + i + "/image1.dcm";
                    Path file = dir.resolve(rel);
                    Files.createDirectories(file.getParent());
                    boolean ap = manufacturer.startsWith("Acme");
                    int bits = p % 4 == 0 ? 8 : 12;
                    writeDicom(file, pid, study, study + ".1", study + ".1.1", ap ? "AP" : "PA", age, p % 2 == 0 ? "F" : "M",
                            bits, p % 7 == 0 ? "MONOCHROME1" : "MONOCHROME2", manufacturer);
                    String split = leak && i == 0 ? "train" : pSplit;
                    StringBuilder sb = new StringBuilder(rel).append(',').append(split);
                    for (int l = 0; l < labels.size(); l++) {
                        double u = r.nextDouble();
                        sb.append(',').append(u < (ap ? 0.35 : 0.12) ? "1" : u < 0.4 ? "0" : u < 0.45 ? "-1" : "");
                    }
                    lw.write(sb.append('\n').toString());
                    images++;
                }
            }
        }
        Files.writeString(dir.resolve("not-dicom.dat"), "this file is not DICOM\n");
        return new Generated(dir, patients, images, leaked);
    }

    /** One small uncompressed DX image with the given header fields. */
    public static void writeDicom(Path file, String patientId, String studyUid, String seriesUid, String sopUid, String view,
                                  int ageYears, String sex, int bitsStored, String photometric, String manufacturer) throws IOException {
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        try {
            AttributeList list = new AttributeList();
            put(list, TagFromName.SOPClassUID, SOPClass.DigitalXRayImageStorageForPresentation);
            put(list, TagFromName.SOPInstanceUID, sopUid);
            put(list, TagFromName.StudyInstanceUID, studyUid);
            put(list, TagFromName.SeriesInstanceUID, seriesUid);
            put(list, TagFromName.PatientID, patientId);
            put(list, TagFromName.PatientName, "SYNTHETIC^" + patientId);
            put(list, TagFromName.PatientAge, String.format(Locale.ROOT, "%03dY", ageYears));
            put(list, TagFromName.PatientSex, sex);
            put(list, TagFromName.Modality, "DX");
            put(list, TagFromName.ViewPosition, view);
            put(list, TagFromName.Manufacturer, manufacturer);
            put(list, TagFromName.PhotometricInterpretation, photometric);
            int size = 32;
            putInt(list, TagFromName.Rows, size);
            putInt(list, TagFromName.Columns, size);
            putInt(list, TagFromName.BitsAllocated, 16);
            putInt(list, TagFromName.BitsStored, bitsStored);
            putInt(list, TagFromName.HighBit, bitsStored - 1);
            putInt(list, TagFromName.SamplesPerPixel, 1);
            putInt(list, TagFromName.PixelRepresentation, 0);
            OtherWordAttribute px = new OtherWordAttribute(TagFromName.PixelData);
            short[] data = new short[size * size];
            for (int i = 0; i < data.length; i++) data[i] = (short) ((i * 7) & ((1 << bitsStored) - 1));
            px.setValues(data);
            list.put(px);
            FileMetaInformation.addFileMetaInformation(list, TransferSyntax.ExplicitVRLittleEndian, "VEILQA");
            list.write(file.toString(), TransferSyntax.ExplicitVRLittleEndian, true, true);
        } catch (com.pixelmed.dicom.DicomException e) {
            throw new IOException("could not write " + file + ": " + e.getMessage(), e);
        }
    }

    static void put(AttributeList list, AttributeTag tag, String value) throws com.pixelmed.dicom.DicomException {
        Attribute a = AttributeFactory.newAttribute(tag);
        a.addValue(value);
        list.put(a);
    }

    static void putInt(AttributeList list, AttributeTag tag, int value) throws com.pixelmed.dicom.DicomException {
        Attribute a = AttributeFactory.newAttribute(tag);
        a.addValue(value);
        list.put(a);
    }
}
