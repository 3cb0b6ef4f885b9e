package veil.qa.export;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.OtherByteAttribute;
import com.pixelmed.dicom.OtherWordAttribute;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import com.pixelmed.display.SourceImage;
import java.awt.image.BufferedImage;

/**
 * The export's pixel path before issue 13's speed work (commit 4d49554), kept verbatim as the oracle the fused
 * path is compared with: stored values widened to int[], a float display image through the lookup table, then
 * Lanczos-3 as row multiply-adds on the image and its transpose. Only the names changed.
 */
final class ReferenceConversion {
    private ReferenceConversion() {}

    /** Old pipeline end to end: 8-bit resized image (before orientation). */
    static byte[] grey(AttributeList list, boolean equalize, int size) throws StoredPixels.Undecodable {
        OldPixels px = OldPixels.of(list);
        OldGreyConverter.Result g = OldGreyConverter.convert(px, list, equalize);
        int[] sz = OldResampler.targetSize(g.width(), g.height(), size);
        return OldResampler.resize(g.display(), g.width(), g.height(), sz[0], sz[1]);
    }

    static OldGreyConverter.Result levels(AttributeList list, boolean equalize) throws StoredPixels.Undecodable {
        return OldGreyConverter.convert(OldPixels.of(list), list, equalize);
    }

    /**
     * The first frame's stored values of a greyscale image, sign-extended or masked to Bits Stored
     * (bits above it may hold overlays), with the header facts the conversion needs.
     */
    record OldPixels(int width, int height, int[] values, int bitsStored, boolean signed, boolean monochrome1,
                               double slope, double intercept) {


        static OldPixels of(AttributeList list) throws StoredPixels.Undecodable {
            String pi = Attribute.getSingleStringValueOrEmptyString(list, TagFromName.PhotometricInterpretation).strip();
            if (!pi.equals("MONOCHROME1") && !pi.equals("MONOCHROME2"))
                throw new StoredPixels.Undecodable("not a greyscale image (photometric interpretation " + (pi.isEmpty() ? "missing" : "other than MONOCHROME1/2") + ")");
            int rows = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.Rows, 0);
            int cols = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.Columns, 0);
            int allocated = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.BitsAllocated, 0);
            int stored = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.BitsStored, allocated);
            boolean signed = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.PixelRepresentation, 0) == 1;
            if (rows <= 0 || cols <= 0) throw new StoredPixels.Undecodable("no image size (Rows/Columns)");
            if (stored < 1 || stored > 16 || (allocated != 8 && allocated != 16)) throw new StoredPixels.Undecodable("unsupported bit depth");
            Attribute pd = list.get(TagFromName.PixelData);
            if (pd == null) throw new StoredPixels.Undecodable("no pixel data (the file may be truncated)");
            double slope = Attribute.getSingleDoubleValueOrDefault(list, TagFromName.RescaleSlope, 1);
            double intercept = Attribute.getSingleDoubleValueOrDefault(list, TagFromName.RescaleIntercept, 0);
            if (slope == 0 || Double.isNaN(slope)) slope = 1;
            int n = rows * cols;
            int[] v = new int[n];
            String ts = Attribute.getSingleStringValueOrEmptyString(list, TagFromName.TransferSyntaxUID);
            boolean native_ = ts.isEmpty() || !new TransferSyntax(ts).isEncapsulated();
            try {
                if (native_ && allocated == 16 && pd instanceof OtherWordAttribute) {
                    short[] s = pd.getShortValues();
                    if (s == null || s.length < n) throw new StoredPixels.Undecodable("pixel data shorter than Rows x Columns (truncated?)");
                    for (int i = 0; i < n; i++) v[i] = s[i];
                } else if (native_ && allocated == 8 && pd instanceof OtherByteAttribute) {
                    byte[] b = pd.getByteValues();
                    if (b == null || b.length < n) throw new StoredPixels.Undecodable("pixel data shorter than Rows x Columns (truncated?)");
                    for (int i = 0; i < n; i++) v[i] = b[i];
                } else {
                    SourceImage si = new SourceImage(list);
                    BufferedImage bi = si.getBufferedImage(0);
                    if (bi == null || bi.getWidth() != cols || bi.getHeight() != rows || bi.getRaster().getNumBands() != 1)
                        throw new StoredPixels.Undecodable("pixel data could not be decoded");
                    bi.getRaster().getSamples(0, 0, cols, rows, 0, v);
                }
            } catch (DicomException | RuntimeException e) {
                // PixelMed reports unsupported codecs (JPEG 2000, JPEG-LS) as runtime failures while decoding
                throw new StoredPixels.Undecodable("pixel data could not be decoded (transfer syntax not supported or data damaged)");
            }
            if (signed) {
                int shift = 32 - stored;
                for (int i = 0; i < n; i++) v[i] = (v[i] << shift) >> shift;
            } else {
                int mask = (1 << stored) - 1;
                for (int i = 0; i < n; i++) v[i] &= mask;
            }
            return new OldPixels(cols, rows, v, stored, signed, pi.equals("MONOCHROME1"), slope, intercept);
        }
    }

    /**
     * Stored values to 8-bit display values through one lookup table over the image's value range:
     * rescale, the header's VOI transform (else min-max), optional histogram equalisation, MONOCHROME1
     * inversion. The histogram that builds the table also gives the grey-level figures, so the image
     * is read twice (range, histogram) and mapped once.
     */
    static final class OldGreyConverter {
        /** Equalisation bins over the windowed values: finer than 8 bits so equalising does not merge levels early. */
        static final int EQ_BINS = 4096;

        /** Display values 0..255 (float, for resampling) and what the conversion did. */
        record Result(float[] display, int width, int height, int levelsBefore, double clippedPixelFraction,
                      double clippedRangeFraction, double entropyBefore, double entropyAfter, String voi) {}

        private OldGreyConverter() {}

        static Result convert(OldPixels px, AttributeList header, boolean equalize) {
            int[] v = px.values();
            int n = v.length;
            int min = Integer.MAX_VALUE, max = Integer.MIN_VALUE;
            for (int x : v) { if (x < min) min = x; if (x > max) max = x; }
            int range = max - min + 1;
            int[] hist = new int[range];
            for (int x : v) hist[x - min]++;
            double slope = px.slope(), icpt = px.intercept();
            double mLo = Math.min(min * slope + icpt, max * slope + icpt), mHi = Math.max(min * slope + icpt, max * slope + icpt);
            VoiTransform voi = VoiTransform.from(header, mLo, mHi);
            double[] w = new double[range];
            long clippedPixels = 0;
            int clippedValues = 0;
            int levels = 0;
            double hBefore = 0;
            for (int i = 0; i < range; i++) {
                double m = (min + i) * slope + icpt;
                w[i] = voi.apply(m);
                boolean clip = voi.clipped(m);
                if (clip) clippedValues++;
                if (hist[i] == 0) continue;
                levels++;
                if (clip) clippedPixels += hist[i];
                double p = (double) hist[i] / n;
                hBefore -= p * log2(p);
            }
            if (equalize) equalise(w, hist, n);
            float[] lut = new float[range];
            int[] hist8 = new int[256];
            for (int i = 0; i < range; i++) {
                double d = Math.max(0, Math.min(1, w[i])) * 255;
                if (px.monochrome1()) d = 255 - d;
                lut[i] = (float) d;
                hist8[(int) Math.round(d)] += hist[i];
            }
            double hAfter = 0;
            for (int c : hist8) if (c > 0) { double p = (double) c / n; hAfter -= p * log2(p); }
            float[] out = new float[n];
            for (int i = 0; i < n; i++) out[i] = lut[v[i] - min];
            return new Result(out, px.width(), px.height(), levels, (double) clippedPixels / n,
                    range <= 1 ? 0 : (double) clippedValues / range, hBefore, hAfter, voi.source() + (equalize ? "+equalized" : ""));
        }

        /** Histogram equalisation of windowed values (0..1) in {@link #EQ_BINS} bins, in place. */
        static void equalise(double[] w, int[] hist, int n) {
            long[] bins = new long[EQ_BINS];
            for (int i = 0; i < w.length; i++) bins[bin(w[i])] += hist[i];
            double[] cdf = new double[EQ_BINS];
            long run = 0, first = -1;
            for (int b = 0; b < EQ_BINS; b++) {
                run += bins[b];
                if (first < 0 && run > 0) first = run;
                cdf[b] = run;
            }
            double denom = n - first;
            for (int i = 0; i < w.length; i++) {
                double c = cdf[bin(w[i])];
                w[i] = denom <= 0 ? w[i] : Math.max(0, (c - first) / denom);
            }
        }

        private static int bin(double x) { return (int) Math.min(EQ_BINS - 1, Math.max(0, Math.floor(x * EQ_BINS))); }

        private static double log2(double p) { return Math.log(p) / Math.log(2); }
    }

    /**
     * Separable Lanczos-3 resampling (the filter PIL calls LANCZOS), widened by the scale factor
     * when shrinking so every input pixel contributes (no aliasing). Weights are computed once per
     * output row and column. Both passes run as whole-row multiply-adds (the horizontal one on the
     * transposed image), with the Vector API when the JVM has it ({@code --add-modules jdk.incubator.vector}).
     */
    static final class OldResampler {
        static final double SUPPORT = 3;

        private OldResampler() {}

        /** Output size with the long side at most {@code longSide} (never enlarged), aspect kept. */
        static int[] targetSize(int w, int h, int longSide) {
            int l = Math.max(w, h);
            if (longSide <= 0 || l <= longSide) return new int[] {w, h};
            double s = (double) longSide / l;
            return new int[] {Math.max(1, (int) Math.round(w * s)), Math.max(1, (int) Math.round(h * s))};
        }

        /** Resizes 0..255 floats to rounded, clamped bytes. */
        static byte[] resize(float[] src, int w, int h, int ow, int oh) {
            if (ow == w && oh == h) {
                byte[] out = new byte[w * h];
                for (int i = 0; i < out.length; i++) out[i] = (byte) clamp(src[i]);
                return out;
            }
            Weights wx = Weights.of(w, ow), wy = Weights.of(h, oh);
            // Both passes are whole-row multiply-adds (SIMD with the Vector API): vertical on the image,
            // then vertical again on its transpose, which is the horizontal pass.
            float[] tmp = vertical(src, w, wy, oh);              // w x oh
            float[] t = transpose(tmp, w, oh);                   // oh x w (row = old column)
            float[] r = vertical(t, oh, wx, ow);                 // oh x ow, transposed result
            byte[] out = new byte[ow * oh];
            for (int y = 0; y < ow; y++)
                for (int x = 0; x < oh; x++) out[x * ow + y] = (byte) clamp(r[y * oh + x]);
            return out;
        }

        /** Resamples along the columns: output row y = sum of weighted input rows (rows are {@code w} long). */
        static float[] vertical(float[] src, int w, Weights wy, int oh) {
            float[] out = new float[w * oh];
            for (int y = 0; y < oh; y++) {
                int s = wy.start[y], len = wy.len[y], off = y * wy.stride, orow = y * w;
                for (int k = 0; k < len; k++) axpy(out, orow, wy.w[off + k], src, (s + k) * w, w);
            }
            return out;
        }

        static final boolean VECTOR_API = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

        static void axpy(float[] dst, int d, float c, float[] src, int s, int n) {
            if (VECTOR_API) { vectorAxpy(dst, d, c, src, s, n); return; }
            for (int x = 0; x < n; x++) dst[d + x] += c * src[s + x];
        }

        /** The old VectorRows.axpy. */
        static void vectorAxpy(float[] dst, int d, float c, float[] src, int s, int n) {
            jdk.incubator.vector.VectorSpecies<Float> S = jdk.incubator.vector.FloatVector.SPECIES_PREFERRED;
            int L = S.length(), upper = n - n % L, x = 0;
            jdk.incubator.vector.FloatVector cv = jdk.incubator.vector.FloatVector.broadcast(S, c);
            for (; x < upper; x += L)
                jdk.incubator.vector.FloatVector.fromArray(S, src, s + x).fma(cv, jdk.incubator.vector.FloatVector.fromArray(S, dst, d + x)).intoArray(dst, d + x);
            for (; x < n; x++) dst[d + x] += c * src[s + x];
        }

        /** {@code a} is {@code w} wide and {@code h} high; the result is {@code h} wide and {@code w} high. Blocked for the cache. */
        static float[] transpose(float[] a, int w, int h) {
            float[] t = new float[a.length];
            final int B = 32;
            for (int y0 = 0; y0 < h; y0 += B)
                for (int x0 = 0; x0 < w; x0 += B) {
                    int y1 = Math.min(h, y0 + B), x1 = Math.min(w, x0 + B);
                    for (int y = y0; y < y1; y++)
                        for (int x = x0; x < x1; x++) t[x * h + y] = a[y * w + x];
                }
            return t;
        }

        static int clamp(float v) {
            int i = Math.round(v);
            return i < 0 ? 0 : Math.min(i, 255);
        }

        /** Normalised filter taps for each output index. */
        static final class Weights {
            final int[] start, len;
            final float[] w;
            final int stride;

            private Weights(int[] start, int[] len, float[] w, int stride) {
                this.start = start; this.len = len; this.w = w; this.stride = stride;
            }

            static Weights of(int in, int out) {
                double scale = (double) in / out;
                double fs = Math.max(1, scale);
                double support = SUPPORT * fs;
                int stride = (int) Math.ceil(support) * 2 + 1;
                int[] start = new int[out], len = new int[out];
                float[] w = new float[out * stride];
                for (int i = 0; i < out; i++) {
                    double center = (i + 0.5) * scale;
                    int lo = Math.max(0, (int) Math.floor(center - support));
                    int hi = Math.min(in, (int) Math.ceil(center + support));
                    int n = Math.min(stride, hi - lo);
                    double sum = 0;
                    double[] tmp = new double[n];
                    for (int k = 0; k < n; k++) {
                        double x = (lo + k + 0.5 - center) / fs;
                        tmp[k] = lanczos(x);
                        sum += tmp[k];
                    }
                    for (int k = 0; k < n; k++) w[i * stride + k] = (float) (sum == 0 ? 1.0 / n : tmp[k] / sum);
                    start[i] = lo;
                    len[i] = n;
                }
                return new Weights(start, len, w, stride);
            }

            static double lanczos(double x) {
                double ax = Math.abs(x);
                if (ax < 1e-9) return 1;
                if (ax >= SUPPORT) return 0;
                double px = Math.PI * x;
                return SUPPORT * Math.sin(px) * Math.sin(px / SUPPORT) / (px * px);
            }
        }
    }
}
