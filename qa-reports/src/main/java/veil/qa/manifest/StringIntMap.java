package veil.qa.manifest;

/**
 * String to int map with open addressing over three arrays (keys, their hash codes, values): no
 * per-entry objects, so a million distinct keys cost three arrays rather than a million nodes, and
 * a probe compares stored hash codes before touching a key.
 */
public final class StringIntMap {
    private String[] keys;
    private int[] hashes;
    private int[] vals;
    private int size;

    public StringIntMap(int expected) {
        int cap = 16;
        while (cap < 2L * expected) cap <<= 1;
        keys = new String[cap];
        hashes = new int[cap];
        vals = new int[cap];
    }

    public int size() { return size; }

    /** Value of a key, or -1. */
    public int get(String k) {
        int h = mix(k.hashCode()), mask = keys.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            String x = keys[i];
            if (x == null) return -1;
            if (hashes[i] == h && x.equals(k)) return vals[i];
        }
    }

    /** Stores {@code v} unless the key is present; returns the value now stored. */
    public int putIfAbsent(String k, int v) {
        int i = slot(k);
        if (keys[i] == null) insert(i, k, v);
        return vals[i];
    }

    /** Stores {@code v} for the key, replacing any value. */
    public void put(String k, int v) {
        int i = slot(k);
        if (keys[i] == null) insert(i, k, v);
        else vals[i] = v;
    }

    /** The slot holding {@code k}, or the empty slot where it belongs (after growing if needed). */
    private int slot(String k) {
        if (2 * (size + 1) > keys.length) rehash(keys.length * 2);
        int h = mix(k.hashCode()), mask = keys.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            String x = keys[i];
            if (x == null || hashes[i] == h && x.equals(k)) return i;
        }
    }

    private void insert(int i, String k, int v) {
        keys[i] = k;
        hashes[i] = mix(k.hashCode());
        vals[i] = v;
        size++;
    }

    private void rehash(int cap) {
        String[] ok = keys;
        int[] oh = hashes, ov = vals;
        keys = new String[cap];
        hashes = new int[cap];
        vals = new int[cap];
        int mask = cap - 1;
        for (int j = 0; j < ok.length; j++) {
            if (ok[j] == null) continue;
            int i = oh[j] & mask;
            while (keys[i] != null) i = (i + 1) & mask;
            keys[i] = ok[j];
            hashes[i] = oh[j];
            vals[i] = ov[j];
        }
    }

    static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
