package veil.qa.export;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import java.util.Locale;

/**
 * How modality values (stored values after Rescale Slope/Intercept) become display values in
 * 0..1, as the header asks (PS3.3 C.11.2): a VOI LUT Sequence, else the first Window
 * Center/Width pair with its VOI LUT Function, else the image's own minimum and maximum.
 */
public sealed interface VoiTransform {

    /** Display value in 0..1 for a modality value. */
    double apply(double x);

    /** True when the value lies outside what the transform shows (it is drawn as pure black or white). */
    boolean clipped(double x);

    /** Where the transform came from, for the grey-level report: voi_lut, window, window_sigmoid, min_max. */
    String source();

    /** A linear or sigmoid window (PS3.3 C.11.2.1.2). */
    record Window(double center, double width, boolean sigmoid) implements VoiTransform {
        public Window {
            if (!(width >= 1)) throw new IllegalArgumentException("window width must be at least 1");
        }

        @Override
        public double apply(double x) {
            if (sigmoid) return 1 / (1 + Math.exp(-4 * (x - center) / width));
            double lo = center - 0.5 - (width - 1) / 2, hi = center - 0.5 + (width - 1) / 2;
            if (x <= lo) return 0;
            if (x > hi) return 1;
            return ((x - (center - 0.5)) / (width - 1) + 0.5);
        }

        @Override
        public boolean clipped(double x) {
            if (sigmoid) return false;
            return x <= center - 0.5 - (width - 1) / 2 || x > center - 0.5 + (width - 1) / 2;
        }

        @Override
        public String source() { return sigmoid ? "window_sigmoid" : "window"; }
    }

    /** A VOI LUT: entries for first, first + 1, ...; values beyond either end take the end entry. */
    record Lut(int first, int[] entries, int maxEntry) implements VoiTransform {
        @Override
        public double apply(double x) {
            int i = (int) Math.round(x) - first;
            int v = entries[Math.max(0, Math.min(entries.length - 1, i))];
            return maxEntry <= 0 ? 0 : (double) v / maxEntry;
        }

        @Override
        public boolean clipped(double x) {
            int i = (int) Math.round(x) - first;
            return i < 0 || i >= entries.length;
        }

        @Override
        public String source() { return "voi_lut"; }
    }

    /** The image's own range, nothing clipped. */
    record MinMax(double min, double max) implements VoiTransform {
        @Override
        public double apply(double x) { return max <= min ? 0 : Math.max(0, Math.min(1, (x - min) / (max - min))); }

        @Override
        public boolean clipped(double x) { return false; }

        @Override
        public String source() { return "min_max"; }
    }

    /** The header's transform, else min-max over the given modality range. */
    static VoiTransform from(AttributeList list, double min, double max) {
        VoiTransform lut = lut(list);
        if (lut != null) return lut;
        double[] c = doubles(list, TagFromName.WindowCenter), w = doubles(list, TagFromName.WindowWidth);
        if (c.length > 0 && w.length > 0 && w[0] >= 1) {
            String fn = Attribute.getSingleStringValueOrEmptyString(list, TagFromName.VOILUTFunction).strip().toUpperCase(Locale.ROOT);
            return new Window(c[0], w[0], fn.equals("SIGMOID"));
        }
        return new MinMax(min, max);
    }

    private static VoiTransform lut(AttributeList list) {
        Attribute a = list.get(TagFromName.VOILUTSequence);
        if (!(a instanceof SequenceAttribute s) || s.getNumberOfItems() == 0) return null;
        AttributeList item = s.getItem(0).getAttributeList();
        try {
            Attribute desc = item.get(TagFromName.LUTDescriptor);
            Attribute data = item.get(TagFromName.LUTData);
            if (desc == null || data == null || desc.getVM() < 3) return null;
            int[] d = desc.getIntegerValues();
            int count = d[0] == 0 ? 65536 : d[0] & 0xFFFF;
            int first = d[1];
            int bits = d[2];
            int[] entries = new int[count];
            short[] sv = data.getShortValues();
            if (sv != null && sv.length >= count) {
                for (int i = 0; i < count; i++) entries[i] = sv[i] & 0xFFFF;
            } else {
                int[] iv = data.getIntegerValues();
                if (iv == null || iv.length < count) return null;
                for (int i = 0; i < count; i++) entries[i] = iv[i] & 0xFFFF;
            }
            int max = 0;
            for (int v : entries) max = Math.max(max, v);
            // the descriptor's bit depth gives the output range; some writers declare 16 and use fewer
            int declared = bits >= 1 && bits <= 16 ? (1 << bits) - 1 : max;
            return new Lut(first, entries, Math.max(1, max > 0 && max < declared / 8 ? max : declared));
        } catch (Exception e) {
            return null;   // a malformed LUT falls back to the window or min-max
        }
    }

    private static double[] doubles(AttributeList list, com.pixelmed.dicom.AttributeTag tag) {
        Attribute a = list.get(tag);
        if (a == null || a.getVM() == 0) return new double[0];
        try {
            return a.getDoubleValues();
        } catch (Exception e) {
            return new double[0];
        }
    }
}
