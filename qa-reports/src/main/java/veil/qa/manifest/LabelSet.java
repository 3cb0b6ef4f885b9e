package veil.qa.manifest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The labels given by one labeller (e.g. "chexpert", "negbio"): one byte column per label. */
public final class LabelSet {
    private final String labeller;
    private final List<String> labels;
    private final byte[][] values;

    public LabelSet(String labeller, List<String> labels, byte[][] values) {
        if (labels.size() != values.length) throw new IllegalArgumentException("labels and columns differ");
        this.labeller = labeller;
        this.labels = Collections.unmodifiableList(new ArrayList<>(labels));
        this.values = values;
    }

    public String labeller() { return labeller; }
    public List<String> labels() { return labels; }
    public int labelCount() { return labels.size(); }
    public int indexOf(String label) { return labels.indexOf(label); }
    /** Column of label {@code i} (not copied, do not modify). */
    public byte[] column(int i) { return values[i]; }
    public byte value(int label, int row) { return values[label][row]; }

    /** Builder: labels may be added as they appear; unset cells stay {@link LabelValue#BLANK}. */
    public static final class Builder {
        private final String labeller;
        private final List<String> labels = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();
        private final List<byte[]> columns = new ArrayList<>();
        private int capacity;

        public Builder(String labeller, int capacity) {
            this.labeller = labeller;
            this.capacity = Math.max(16, capacity);
        }

        public String labeller() { return labeller; }

        public int label(String name) {
            Integer i = index.get(name);
            if (i != null) return i;
            byte[] col = new byte[capacity];
            Arrays.fill(col, LabelValue.BLANK);
            columns.add(col);
            labels.add(name);
            index.put(name, labels.size() - 1);
            return labels.size() - 1;
        }

        public void set(int row, int label, byte value) {
            ensure(row + 1);
            columns.get(label)[row] = value;
        }

        public void set(int row, String label, byte value) { set(row, label(label), value); }

        /** Sets labels 0..values.length-1 of a row. */
        public void setRow(int row, byte[] values) {
            ensure(row + 1);
            for (int l = 0; l < values.length; l++) columns.get(l)[row] = values[l];
        }

        private void ensure(int rows) {
            if (rows <= capacity) return;
            int n = Math.max(rows, capacity * 2);
            for (int i = 0; i < columns.size(); i++) {
                byte[] old = columns.get(i);
                byte[] col = Arrays.copyOf(old, n);
                Arrays.fill(col, old.length, n, LabelValue.BLANK);
                columns.set(i, col);
            }
            capacity = n;
        }

        public LabelSet build(int rows) {
            ensure(rows);
            byte[][] v = new byte[columns.size()][];
            for (int i = 0; i < v.length; i++) v[i] = Arrays.copyOf(columns.get(i), rows);
            return new LabelSet(labeller, labels, v);
        }
    }
}
