package veil.ocr.decode;

import java.io.IOException;

/**
 * Decodes one single-component sequential DCT JPEG stream with Huffman coding (ISO 10918-1 processes 1, 2 and 4: 8- or
 * 12-bit samples), the form 12-bit extended JPEG takes in DICOM (1.2.840.10008.1.2.4.51). Neither the JDK's reader nor
 * PixelMed decodes 12-bit samples. Progressive, hierarchical, arithmetic and multi-component streams are refused:
 * the caller fails closed on them.
 */
final class SequentialJpeg {

    /** Decoded samples, row by row. */
    record Frame(int width, int height, int precision, short[] samples) { }

    private static final int[] ZIGZAG = {
            0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14,
            21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53,
            60, 61, 54, 47, 55, 62, 63};

    /** COS[x][u] = C(u)/2 * cos((2x+1) u pi / 16): the 1-D inverse DCT as a matrix. */
    private static final double[][] COS = new double[8][8];

    static {
        for (int x = 0; x < 8; x++) {
            for (int u = 0; u < 8; u++) {
                COS[x][u] = (u == 0 ? Math.sqrt(0.5) : 1.0) / 2 * Math.cos((2 * x + 1) * u * Math.PI / 16);
            }
        }
    }

    private final byte[] in;
    private int pos;
    private final int[][] quant = new int[4][];
    private final Huffman[] dc = new Huffman[4], ac = new Huffman[4];
    private int restartInterval;

    private SequentialJpeg(byte[] in) {
        this.in = in;
    }

    static Frame decode(byte[] stream) throws IOException {
        try {
            return new SequentialJpeg(stream).run();
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new IOException("truncated or malformed JPEG stream");
        }
    }

    private Frame run() throws IOException {
        if (u8() != 0xFF || u8() != 0xD8) throw new IOException("not a JPEG stream (no SOI)");
        int width = 0, height = 0, precision = 0, qTable = -1;
        while (true) {
            int m = marker();
            switch (m) {
                case 0xC0, 0xC1 -> {
                    int len = u16(), end = pos + len - 2;
                    precision = u8();
                    height = u16();
                    width = u16();
                    int n = u8();
                    if (n != 1) throw new IOException("JPEG with " + n + " components: only single-component streams are decoded");
                    u8();                       // component id
                    int hv = u8();
                    if (hv != 0x11) throw new IOException("subsampled single component");
                    qTable = u8() & 3;
                    pos = end;
                }
                case 0xC4 -> huffmanTables();
                case 0xDB -> quantTables();
                case 0xDD -> { u16(); restartInterval = u16(); }
                case 0xDA -> {
                    if (width == 0) throw new IOException("scan before frame header");
                    return new Frame(width, height, precision, scan(width, height, precision, qTable));
                }
                case 0xD9 -> throw new IOException("no scan in JPEG stream");
                default -> {
                    if (m >= 0xC2 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC) {
                        throw new IOException("JPEG process SOF" + (m - 0xC0) + " is not decoded (only sequential Huffman)");
                    }
                    int len = u16();           // APPn, COM and anything else with a length
                    pos += len - 2;
                }
            }
        }
    }

    private short[] scan(int width, int height, int precision, int qTable) throws IOException {
        int len = u16(), end = pos + len - 2;
        int ns = u8();
        if (ns != 1) throw new IOException("interleaved scan");
        u8();
        int tables = u8();
        pos = end;
        Huffman dcT = dc[tables >> 4], acT = ac[tables & 15];
        int[] q = quant[qTable];
        if (dcT == null || acT == null || q == null) throw new IOException("scan refers to a missing table");
        int bw = (width + 7) / 8, bh = (height + 7) / 8, max = (1 << precision) - 1, shift = 1 << (precision - 1);
        short[] out = new short[width * height];
        Bits bits = new Bits();
        int pred = 0, blocks = 0;
        double[] coef = new double[64], tmp = new double[64];
        for (int by = 0; by < bh; by++) {
            for (int bx = 0; bx < bw; bx++) {
                if (restartInterval > 0 && blocks > 0 && blocks % restartInterval == 0) {
                    bits.restart();
                    pred = 0;
                }
                blocks++;
                java.util.Arrays.fill(coef, 0);
                int s = bits.decode(dcT);
                pred += extend(bits.receive(s), s);
                coef[0] = (double) pred * q[0];
                for (int k = 1; k < 64; ) {
                    int rs = bits.decode(acT), r = rs >> 4;
                    s = rs & 15;
                    if (s == 0) {
                        if (r != 15) break;
                        k += 16;
                        continue;
                    }
                    k += r;
                    if (k > 63) throw new IOException("corrupt AC coefficients");
                    coef[ZIGZAG[k]] = (double) extend(bits.receive(s), s) * q[k];
                    k++;
                }
                idct(coef, tmp);
                for (int y = 0; y < 8; y++) {
                    int py = by * 8 + y;
                    if (py >= height) break;
                    for (int x = 0; x < 8; x++) {
                        int px = bx * 8 + x;
                        if (px >= width) break;
                        long v = Math.round(coef[y * 8 + x]) + shift;
                        out[py * width + px] = (short) Math.max(0, Math.min(max, v));
                    }
                }
            }
        }
        return out;
    }

    /** Separable 8x8 inverse DCT in place (rows, then columns). */
    private static void idct(double[] c, double[] t) {
        for (int v = 0; v < 8; v++) {
            for (int x = 0; x < 8; x++) {
                double s = 0;
                for (int u = 0; u < 8; u++) s += COS[x][u] * c[v * 8 + u];
                t[v * 8 + x] = s;
            }
        }
        for (int x = 0; x < 8; x++) {
            for (int y = 0; y < 8; y++) {
                double s = 0;
                for (int v = 0; v < 8; v++) s += COS[y][v] * t[v * 8 + x];
                c[y * 8 + x] = s;
            }
        }
    }

    private static int extend(int v, int s) {
        return s == 0 ? 0 : v < (1 << (s - 1)) ? v - (1 << s) + 1 : v;
    }

    private void quantTables() {
        int len = u16(), end = pos + len - 2;
        while (pos < end) {
            int pq = u8(), t = pq & 3;
            int[] q = new int[64];
            for (int k = 0; k < 64; k++) q[k] = (pq >> 4) == 0 ? u8() : u16();   // kept in zig-zag order
            quant[t] = q;
        }
    }

    private void huffmanTables() {
        int len = u16(), end = pos + len - 2;
        while (pos < end) {
            int tc = u8();
            int[] counts = new int[17];
            int total = 0;
            for (int i = 1; i <= 16; i++) { counts[i] = u8(); total += counts[i]; }
            int[] symbols = new int[total];
            for (int i = 0; i < total; i++) symbols[i] = u8();
            Huffman h = new Huffman(counts, symbols);
            if ((tc >> 4) == 0) dc[tc & 3] = h; else ac[tc & 3] = h;
        }
    }

    private int marker() throws IOException {
        int b = u8();
        if (b != 0xFF) throw new IOException("expected a JPEG marker");
        int m;
        do { m = u8(); } while (m == 0xFF);
        return m;
    }

    private int u8() {
        return in[pos++] & 0xFF;
    }

    private int u16() {
        return (u8() << 8) | u8();
    }

    /** Canonical Huffman code: maxcode / valptr per code length (ISO 10918-1 Annex F.2.2.3). */
    private static final class Huffman {
        final int[] maxCode = new int[18], valPtr = new int[17], minCode = new int[17];
        final int[] symbols;

        Huffman(int[] counts, int[] symbols) {
            this.symbols = symbols;
            int code = 0, k = 0;
            for (int l = 1; l <= 16; l++) {
                valPtr[l] = k;
                minCode[l] = code;
                code += counts[l];
                k += counts[l];
                maxCode[l] = counts[l] == 0 ? -1 : code - 1;
                code <<= 1;
            }
            maxCode[17] = Integer.MAX_VALUE;
        }
    }

    /** Entropy-coded bits with 0xFF00 stuffing removed; a marker ends the data (zeros after it). */
    private final class Bits {
        private int buf, count;
        private boolean atMarker;

        int bit() {
            if (count == 0) {
                int b = 0;
                if (!atMarker && pos < in.length) {
                    b = in[pos] & 0xFF;
                    if (b == 0xFF) {
                        int next = pos + 1 < in.length ? in[pos + 1] & 0xFF : 0xD9;
                        if (next == 0) pos += 2;
                        else { atMarker = true; b = 0; }
                    } else {
                        pos++;
                    }
                }
                buf = b;
                count = 8;
            }
            count--;
            return (buf >> count) & 1;
        }

        int receive(int s) {
            int v = 0;
            for (int i = 0; i < s; i++) v = (v << 1) | bit();
            return v;
        }

        int decode(Huffman h) throws IOException {
            int code = bit(), l = 1;
            while (code > h.maxCode[l]) {
                code = (code << 1) | bit();
                if (++l > 16) throw new IOException("bad Huffman code");
            }
            return h.symbols[h.valPtr[l] + code - h.minCode[l]];
        }

        /** At a restart interval: drop the partial byte and step over the RSTn marker. */
        void restart() throws IOException {
            count = 0;
            if (!atMarker) {
                while (pos < in.length && (in[pos] & 0xFF) != 0xFF) pos++;
            }
            if (pos + 1 >= in.length || (in[pos + 1] & 0xF8) != 0xD0) throw new IOException("missing restart marker");
            pos += 2;
            atMarker = false;
        }
    }
}
