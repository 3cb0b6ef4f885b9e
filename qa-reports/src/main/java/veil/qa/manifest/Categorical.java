package veil.qa.manifest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A categorical column: one int code per row into a list of distinct levels (interned strings).
 * Code {@link #MISSING} marks a missing value.
 */
public final class Categorical {
    public static final int MISSING = -1;

    private final String name;
    private final int[] codes;
    private final List<String> levels;

    public Categorical(String name, int[] codes, List<String> levels) {
        this.name = name;
        this.codes = codes;
        this.levels = Collections.unmodifiableList(new ArrayList<>(levels));
    }

    public String name() { return name; }
    public int size() { return codes.length; }
    /** The raw code array (not copied, do not modify). */
    public int[] codes() { return codes; }
    public int code(int row) { return codes[row]; }
    public List<String> levels() { return levels; }
    public int levelCount() { return levels.size(); }
    public String level(int code) { return code == MISSING ? null : levels.get(code); }
    public String value(int row) { return level(codes[row]); }

    /** Code of a level, or {@link #MISSING} when absent. */
    public int codeOf(String level) {
        int i = levels.indexOf(level);
        return i < 0 ? MISSING : i;
    }

    /** Number of rows per code (index = code), missing rows not counted. */
    public long[] counts() {
        long[] c = new long[levels.size()];
        for (int code : codes) if (code >= 0) c[code]++;
        return c;
    }

    public long missingCount() {
        long m = 0;
        for (int code : codes) if (code < 0) m++;
        return m;
    }

    /** Growable builder with string interning. */
    public static final class Builder {
        private final String name;
        private int[] codes;
        private int size;
        private final StringIntMap index = new StringIntMap(16);
        private final List<String> levels = new ArrayList<>();

        public Builder(String name) { this(name, 1024); }

        public Builder(String name, int capacity) {
            this.name = name;
            this.codes = new int[Math.max(16, capacity)];
        }

        public String name() { return name; }
        public int size() { return size; }

        /** Interns a level and returns its code; null or blank gives {@link #MISSING}. */
        public int intern(String level) {
            if (level == null) return MISSING;
            if (level.isEmpty() || level.isBlank()) return MISSING;
            int code = index.putIfAbsent(level, levels.size());
            if (code == levels.size()) levels.add(level);
            return code;
        }

        public int add(String level) {
            int code = intern(level);
            addCode(code);
            return code;
        }

        /** Appends a row with a new level known to be distinct from every other (no lookup). */
        public int addUnique(String level) {
            int code = levels.size();
            levels.add(level);
            addCode(code);
            return code;
        }

        public void addCode(int code) {
            if (size == codes.length) codes = java.util.Arrays.copyOf(codes, codes.length * 2);
            codes[size++] = code;
        }

        /** Sets an existing row (rows not yet added are padded with MISSING). */
        public void set(int row, String level) {
            while (size <= row) addCode(MISSING);
            codes[row] = intern(level);
        }

        /** Level of an added row, or null. */
        public String value(int row) {
            int c = codes[row];
            return c < 0 ? null : levels.get(c);
        }

        /** Builds the column; levels no row uses any more (after {@link #set}) are dropped. */
        public Categorical build(int rows) {
            while (size < rows) addCode(MISSING);
            int[] out = java.util.Arrays.copyOf(codes, rows);
            boolean[] used = new boolean[levels.size()];
            for (int c : out) if (c >= 0) used[c] = true;
            int kept = 0;
            for (boolean u : used) if (u) kept++;
            if (kept == levels.size()) return new Categorical(name, out, levels);
            int[] remap = new int[levels.size()];
            List<String> compact = new ArrayList<>(kept);
            for (int i = 0; i < used.length; i++) {
                remap[i] = used[i] ? compact.size() : MISSING;
                if (used[i]) compact.add(levels.get(i));
            }
            for (int r = 0; r < rows; r++) if (out[r] >= 0) out[r] = remap[out[r]];
            return new Categorical(name, out, compact);
        }
    }
}
