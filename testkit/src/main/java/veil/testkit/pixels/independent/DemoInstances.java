package veil.testkit.pixels.independent;

import com.pixelmed.dicom.DicomException;

/**
 * For the demo's burned-in section: a CR and a CT whose pixels carry the patient's name, ID and dates and whose
 * header has the same identifiers but no Burned In Annotation attribute, the case that used to be released
 * unscreened.
 */
public final class DemoInstances {

    private DemoInstances() { }

    /** A 1024² 8-bit MONOCHROME1 chest radiograph with a bright identifier block top-left and bottom-right. */
    public static IndependentImage chestRadiograph(IndependentGenerator g) throws DicomException {
        Format f = new Format("CR", 1024, 1024, 8, "MONOCHROME1", 1);
        return g.generate(new SceneSpec("demo-cr", 20261202L, f, Backdrop.CHEST, Style.BRIGHT, 24,
                SceneSpec.Banner.NONE, false));
    }

    /** A 512² 12-bit CT slice with a 4-line block of identifiers. */
    public static IndependentImage ctSlice(IndependentGenerator g) throws DicomException {
        Format f = new Format("CT", 512, 512, 12, "MONOCHROME2", 1);
        return g.generate(new SceneSpec("demo-ct", 20261203L, f, Backdrop.CT_SLICE, Style.MULTI_LINE_BLOCK, 16,
                SceneSpec.Banner.NONE, false));
    }
}
