package veil.testkit.pixels.independent;

import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.TransferSyntax;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * For the demo's burned-in section: a CR and a CT whose pixels carry the patient's name, ID and dates and whose
 * header has the same identifiers but no Burned In Annotation attribute, the case that used to be released
 * unscreened; and an ultrasound image whose identifiers are faint (6-12% grey) and run over the speckle of the fan,
 * the case the character-free ink finders are for.
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

    /** A 640x480 8-bit ultrasound image with faint identifier lines, parts of them over the speckle of the fan. */
    public static IndependentImage faintUltrasound(IndependentGenerator g, long seed) throws DicomException {
        Format f = new Format("US", 640, 480, 8, "MONOCHROME2", 1);
        return g.generate(new SceneSpec("demo-us", seed, f, Backdrop.US_FAN, Style.LOW_CONTRAST, 24,
                SceneSpec.Banner.NONE, false));
    }

    /** The seed of the demo's ultrasound image (one whose faint lines the first read alone draws short). */
    public static final long ULTRASOUND_SEED = 20261217L;

    /**
     * Writes the three as Part 10 files ({@code demo-burned-in-cr.dcm}, {@code demo-burned-in-ct.dcm},
     * {@code demo-burned-in-us.dcm}) and returns their paths.
     */
    public static List<Path> write(Path dir) throws DicomException, IOException {
        IndependentGenerator g = new IndependentGenerator();
        Files.createDirectories(dir);
        Path cr = dir.resolve("demo-burned-in-cr.dcm"), ct = dir.resolve("demo-burned-in-ct.dcm"),
                us = dir.resolve("demo-burned-in-us.dcm");
        chestRadiograph(g).dicom().write(cr.toFile(), TransferSyntax.ExplicitVRLittleEndian, true, true);
        ctSlice(g).dicom().write(ct.toFile(), TransferSyntax.ExplicitVRLittleEndian, true, true);
        faintUltrasound(g, ULTRASOUND_SEED).dicom().write(us.toFile(), TransferSyntax.ExplicitVRLittleEndian, true, true);
        return List.of(cr, ct, us);
    }
}
