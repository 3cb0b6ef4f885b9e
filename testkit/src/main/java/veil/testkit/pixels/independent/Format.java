package veil.testkit.pixels.independent;

/**
 * The storage of one instance.
 *
 * @param modality    DICOM modality (CR, DX, CT, US, SC)
 * @param photometric MONOCHROME1, MONOCHROME2 or RGB
 * @param frames      1, or the frame count of a clip
 */
public record Format(String modality, int width, int height, int bitsStored, String photometric, int frames) {

    public boolean rgb() {
        return "RGB".equals(photometric);
    }

    public boolean monochrome1() {
        return "MONOCHROME1".equals(photometric);
    }

    public int samples() {
        return rgb() ? 3 : 1;
    }

    public int maxStored() {
        return (1 << bitsStored) - 1;
    }

    /** "1024² 8-bit MONOCHROME2", for table rows. */
    public String label() {
        String size = width == height ? width + "²" : width + "x" + height;
        return size + " " + bitsStored + "-bit " + photometric;
    }
}
