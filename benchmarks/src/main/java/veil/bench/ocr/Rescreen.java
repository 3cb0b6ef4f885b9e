package veil.bench.ocr;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;
import java.util.List;
import veil.deid.pixels.PixelOutcome;
import veil.ocr.OcrPixelCleaner;
import veil.rules.PixelPolicy;
import veil.testkit.pixels.independent.DemoInstances;
import veil.testkit.pixels.independent.IndependentGenerator;
import veil.testkit.pixels.independent.IndependentImage;

/**
 * The demo's CR and CT cleaned, then the released pixels screened again as the release audit does: what the second
 * screening still finds (geometry only). {@code veil.bench.ocr.Rescreen}
 */
public final class Rescreen {

    private Rescreen() { }

    public static void main(String[] a) throws Exception {
        IndependentGenerator g = new IndependentGenerator();
        PixelPolicy policy = PixelPolicy.defaults();
        try (OcrPixelCleaner c = new OcrPixelCleaner()) {
            for (IndependentImage img : List.of(DemoInstances.chestRadiograph(g), DemoInstances.ctSlice(g))) {
                PixelOutcome first = c.clean(img.dicom(), policy);
                System.out.println(img.spec().id() + " first: " + summary(first));
                if (!(first instanceof PixelOutcome.Redacted r)) continue;
                AttributeList released = new AttributeList();
                released.putAll(img.dicom());
                released.putAll(r.pixelModule());
                released.put(r.pixelData());
                com.pixelmed.dicom.Attribute ts = new com.pixelmed.dicom.UniqueIdentifierAttribute(TagFromName.TransferSyntaxUID);
                ts.addValue(r.transferSyntaxUid());
                released.put(ts);
                System.out.println(img.spec().id() + " again: " + summary(c.clean(released, policy)));
            }
        }
    }

    private static String summary(PixelOutcome o) {
        if (o instanceof PixelOutcome.Failed f) return "Failed " + f.reason();
        PixelOutcome.Screening s = o instanceof PixelOutcome.NoText t ? t.screening() : ((PixelOutcome.Redacted) o).screening();
        return o.getClass().getSimpleName() + " " + s.blackedOut() + String.format(" %.2f%%", 100 * s.frameShareChanged());
    }
}
