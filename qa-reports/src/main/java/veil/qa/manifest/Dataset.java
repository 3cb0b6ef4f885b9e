package veil.qa.manifest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One dataset in columnar form: a row per image, with its study, patient and split as interned
 * categorical codes, demographics and image properties as primitive arrays, any number of other
 * categorical columns, and labels per labeller as byte columns.
 */
public final class Dataset {
    /** Names of the standard categorical columns. */
    public static final String VIEW = "view_position";
    public static final String FRONTAL_LATERAL = "frontal_lateral";
    public static final String AP_PA = "ap_pa";
    public static final String SEX = "sex";
    public static final String MODALITY = "modality";
    public static final String MANUFACTURER = "manufacturer";
    public static final String PHOTOMETRIC = "photometric";

    private final String format;
    private final List<String> sources;
    private final String[] images;
    private final Categorical patient;
    private final Categorical study;
    private final Categorical split;
    private final Map<String, Categorical> columns;
    private final float[] age;
    private final int[] width;
    private final int[] height;
    private final int[] bitsStored;
    private final String bitsSource;
    private final List<LabelSet> labelSets;
    private final List<String> notes;

    Dataset(String format, List<String> sources, String[] images, Categorical patient, Categorical study,
            Categorical split, Map<String, Categorical> columns, float[] age, int[] width, int[] height,
            int[] bitsStored, String bitsSource, List<LabelSet> labelSets, List<String> notes) {
        this.format = format;
        this.sources = List.copyOf(sources);
        this.images = images;
        this.patient = patient;
        this.study = study;
        this.split = split;
        this.columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        this.age = age;
        this.width = width;
        this.height = height;
        this.bitsStored = bitsStored;
        this.bitsSource = bitsSource;
        this.labelSets = List.copyOf(labelSets);
        this.notes = List.copyOf(notes);
    }

    public String format() { return format; }
    public List<String> sources() { return sources; }
    public int size() { return images.length; }
    public String image(int row) { return images[row]; }
    public Categorical patient() { return patient; }
    public Categorical study() { return study; }
    public Categorical split() { return split; }
    /** Categorical columns other than patient, study and split, by name, in insertion order. */
    public Map<String, Categorical> columns() { return columns; }
    public Categorical column(String name) { return columns.get(name); }
    /** Age in years per image; NaN when unknown. */
    public float[] age() { return age; }
    /** Width (columns) in pixels per image; 0 when unknown. */
    public int[] width() { return width; }
    /** Height (rows) in pixels per image; 0 when unknown. */
    public int[] height() { return height; }
    /** Bits stored per image; 0 when unknown. */
    public int[] bitsStored() { return bitsStored; }
    /** Where bits stored came from ("dicom header", "release format", or null when unknown). */
    public String bitsSource() { return bitsSource; }
    public List<LabelSet> labelSets() { return labelSets; }
    public LabelSet labelSet(String labeller) {
        for (LabelSet s : labelSets) if (s.labeller().equals(labeller)) return s;
        return null;
    }
    /** Facts about the format or the load that belong in the report (e.g. skipped rows). */
    public List<String> notes() { return notes; }

    /** Builder used by the format readers; rows are appended with {@link #addImage}. */
    public static final class Builder {
        private String format;
        private final List<String> sources = new ArrayList<>();
        private String[] images;
        private int rows;
        private final Categorical.Builder patient;
        private final Categorical.Builder study;
        private final Categorical.Builder split;
        private final Map<String, Categorical.Builder> columns = new LinkedHashMap<>();
        private float[] age;
        private int[] width;
        private int[] height;
        private int[] bits;
        private String bitsSource;
        private final Map<String, LabelSet.Builder> labels = new LinkedHashMap<>();
        private final List<String> notes = new ArrayList<>();
        private final int initial;

        public Builder(String format) { this(format, 4096); }

        public Builder(String format, int capacity) {
            this.format = format;
            this.initial = Math.max(16, capacity);
            images = new String[initial];
            age = new float[initial];
            java.util.Arrays.fill(age, Float.NaN);
            width = new int[initial];
            height = new int[initial];
            bits = new int[initial];
            patient = new Categorical.Builder("patient", initial);
            study = new Categorical.Builder("study", initial);
            split = new Categorical.Builder("split", initial);
        }

        public Builder format(String f) { this.format = f; return this; }
        public Builder source(String s) { sources.add(s); return this; }
        public Builder note(String s) { notes.add(s); return this; }
        public Builder bitsSource(String s) { this.bitsSource = s; return this; }
        public int size() { return rows; }

        /** Appends an image and returns its row index. */
        public int addImage(String image, String patientId, String studyKey, String splitName) {
            if (rows == images.length) grow();
            int r = rows++;
            images[r] = image;
            boolean noPatient = patientId == null || patientId.isBlank();
            // an image without a patient id counts as its own patient, never as one shared "unknown" patient
            String p = noPatient ? "(no id) " + image : patientId;
            patient.add(p);
            study.add(studyKey == null || studyKey.isBlank() || (noPatient && studyKey.startsWith("/")) ? p + "/" + image : studyKey);
            split.add(splitName == null || splitName.isBlank() ? "all" : splitName);
            return r;
        }

        /** Appends an image that is its own study (study name = image), without looking the study up. */
        public int addImageOwnStudy(String image, String patientId, String splitName) {
            if (rows == images.length) grow();
            int r = rows++;
            images[r] = image;
            String p = patientId == null || patientId.isBlank() ? "(no id) " + image : patientId;
            patient.add(p);
            study.addUnique(image);
            split.add(splitName == null || splitName.isBlank() ? "all" : splitName);
            return r;
        }

        private void grow() {
            int n = images.length * 2;
            images = java.util.Arrays.copyOf(images, n);
            int old = age.length;
            age = java.util.Arrays.copyOf(age, n);
            java.util.Arrays.fill(age, old, n, Float.NaN);
            width = java.util.Arrays.copyOf(width, n);
            height = java.util.Arrays.copyOf(height, n);
            bits = java.util.Arrays.copyOf(bits, n);
        }

        public Builder category(String column, int row, String value) {
            columns.computeIfAbsent(column, c -> new Categorical.Builder(c, initial)).set(row, value);
            return this;
        }

        /** The builder of a categorical column (created when absent), for readers that set it per row. */
        public Categorical.Builder column(String column) {
            return columns.computeIfAbsent(column, c -> new Categorical.Builder(c, initial));
        }

        /** Declares a categorical column so it appears even if no row has a value. */
        public Builder declareColumn(String column) {
            columns.computeIfAbsent(column, c -> new Categorical.Builder(c, initial));
            return this;
        }

        /** Sets the split of an added row; a blank name leaves it unchanged. */
        public Builder split(int row, String splitName) {
            if (splitName != null && !splitName.isBlank()) split.set(row, splitName);
            return this;
        }

        public String splitOf(int row) { return split.value(row); }

        public String image(int row) { return images[row]; }
        public String studyKey(int row) { return study.value(row); }
        public String patientId(int row) { return patient.value(row); }

        public Builder age(int row, float years) { age[row] = years; return this; }
        public Builder size(int row, int w, int h) { width[row] = w; height[row] = h; return this; }
        public Builder bits(int row, int b) { bits[row] = b; return this; }

        public LabelSet.Builder labels(String labeller) {
            return labels.computeIfAbsent(labeller, l -> new LabelSet.Builder(l, initial));
        }

        public Dataset build() {
            int n = rows;
            Map<String, Categorical> cols = new LinkedHashMap<>();
            for (var e : columns.entrySet()) cols.put(e.getKey(), e.getValue().build(n));
            List<LabelSet> sets = new ArrayList<>();
            for (LabelSet.Builder b : labels.values()) sets.add(b.build(n));
            return new Dataset(format, sources, java.util.Arrays.copyOf(images, n), patient.build(n), study.build(n),
                    split.build(n), cols, java.util.Arrays.copyOf(age, n), java.util.Arrays.copyOf(width, n),
                    java.util.Arrays.copyOf(height, n), java.util.Arrays.copyOf(bits, n), bitsSource, sets, notes);
        }
    }
}
