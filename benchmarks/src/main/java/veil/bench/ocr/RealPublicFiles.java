package veil.bench.ocr;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.display.SourceImage;
import java.awt.Rectangle;
import java.awt.image.Raster;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import veil.deid.pixels.PixelCleaner;
import veil.deid.pixels.PixelOutcome;
import veil.rules.PixelPolicy;
import veil.testkit.pixels.score.BoxTruth;
import veil.testkit.pixels.score.ImageResult;
import veil.testkit.pixels.score.Judge;

/**
 * Real public DICOM files the project ships as test data (pydicom's test files, MIT; some from GDCM, BSD), run
 * through the cleaner. Only one carries burned-in text (GDCM's "red green blue" JPEG 2000 image, not identifying);
 * the rest are text-free real images in many transfer syntaxes, for false quarantines and changed pixels.
 */
final class RealPublicFiles {

    static final String DIR = "deid/src/test/resources/corpus/test_files/";

    /** The text-bearing file; its words are the saturated-colour pixels on a grey ground. */
    static final String TEXT = "GDCMJ2K_TextGBR.dcm";

    static final List<String> TEXT_FREE = List.of("CT_small.dcm", "MR_small.dcm", "MR_small_jp2klossless.dcm",
            "MR_small_jpeg_ls_lossless.dcm", "MR_small_RLE.dcm", "693_J2KI.dcm", "J2K_pixelrep_mismatch.dcm",
            "JPEG2000.dcm", "JPGExtended.dcm", "JPEG-lossy.dcm", "image_dfl.dcm", "ExplVR_BigEnd.dcm",
            "SC_rgb_rle_2frame.dcm", "SC_rgb_jpeg_dcmtk.dcm", "SC_rgb_gdcm_KY.dcm");

    private RealPublicFiles() { }

    record Row(String file, String transferSyntax, String outcome, String detail, ImageResult result) { }

    static List<Row> run(PixelPolicy.Mode mode, PixelCleaner cleaner) throws Exception {
        PixelPolicy policy = new PixelPolicy(mode, PixelPolicy.DEFAULT_ALLOW_LIST, List.of());
        List<Row> rows = new ArrayList<>();
        List<String> files = new ArrayList<>(List.of(TEXT));
        files.addAll(TEXT_FREE);
        var mx = ManagementFactory.getThreadMXBean();
        for (String name : files) {
            AttributeList list = new AttributeList();
            list.setDecompressPixelData(false);
            list.read(new File(DIR + name));
            String ts = Attribute.getSingleStringValueOrEmptyString(list, TagFromName.TransferSyntaxUID);
            long t0 = mx.getCurrentThreadCpuTime();
            PixelOutcome out = cleaner.clean(list, policy);
            long cpu = mx.getCurrentThreadCpuTime() - t0;
            String detail = out instanceof PixelOutcome.Failed f ? f.reason() : "";
            ImageResult r = null;
            int[][] before = decode(list);
            if (before != null) {
                SourceImage si = new SourceImage(list);
                int spp = before[0].length / (si.getWidth() * si.getHeight());
                List<BoxTruth> truth = name.equals(TEXT) ? colourWords(before[0], si.getWidth(), si.getHeight()) : List.of();
                r = Judge.score(Map.of("file", name), !name.equals(TEXT), before, si.getWidth(), si.getHeight(), spp, 0,
                        truth, out, cpu);
            }
            rows.add(new Row(name, ts, out.getClass().getSimpleName(), detail, r));
        }
        return rows;
    }

    static String table(List<Row> rows) {
        StringBuilder b = new StringBuilder("| file | transfer syntax | outcome | text boxes hidden | pixels changed outside text |\n");
        b.append("|---|---|---|---:|---:|\n");
        for (Row r : rows) {
            String hidden = "-", outside = "-";
            if (r.result() != null) {
                long n = r.result().boxes().size(), h = r.result().boxes().stream().filter(x -> x.hidden()).count();
                if (n > 0) hidden = h + " of " + n;
                outside = String.format(Locale.ROOT, "%.2f%%", 100 * r.result().outsideShare());
            }
            String outcome = r.outcome() + (r.detail().isEmpty() ? "" : " (" + r.detail() + ")");
            b.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", r.file(), r.transferSyntax(), outcome, hidden, outside));
        }
        return b.toString();
    }

    /** Every frame's stored samples, or null where PixelMed (with Veil's readers) cannot decode them. */
    private static int[][] decode(AttributeList list) {
        try {
            SourceImage si = new SourceImage(list);
            int[][] out = new int[si.getNumberOfFrames()][];
            for (int f = 0; f < out.length; f++) {
                Raster r = si.getBufferedImage(f).getRaster();
                out[f] = r.getPixels(0, 0, r.getWidth(), r.getHeight(), (int[]) null);
            }
            return out;
        } catch (Exception | Error e) {
            return null;
        }
    }

    /** One box per line of saturated-colour pixels (channel spread > 100): the image's three words. */
    private static List<BoxTruth> colourWords(int[] rgb, int w, int h) {
        List<BoxTruth> out = new ArrayList<>();
        int top = -1, minX = w, maxX = -1;
        for (int y = 0; y <= h; y++) {
            boolean any = false;
            if (y < h) {
                for (int x = 0; x < w; x++) {
                    int i = (y * w + x) * 3;
                    int max = Math.max(rgb[i], Math.max(rgb[i + 1], rgb[i + 2])), min = Math.min(rgb[i], Math.min(rgb[i + 1], rgb[i + 2]));
                    if (max - min > 100) { any = true; minX = Math.min(minX, x); maxX = Math.max(maxX, x); }
                }
            }
            if (any && top < 0) top = y;
            if (!any && top >= 0) {
                out.add(new BoxTruth(new Rectangle(minX, top, maxX - minX + 1, y - top), true, false, y - top, 0, 0));
                top = -1; minX = w; maxX = -1;
            }
        }
        return out;
    }
}
