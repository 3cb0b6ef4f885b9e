package veil.ocr.detect;

/**
 * One frame rendered for reading: 8-bit grey, 0 = displayed black, row-major.
 * Independent of how the pixels are stored (bit depth, sign, MONOCHROME1, colour).
 */
public record Gray8(int width, int height, byte[] pixels) {

    public Gray8 {
        if (pixels.length != width * height) throw new IllegalArgumentException("size mismatch");
    }

    public int at(int x, int y) {
        return pixels[y * width + x] & 0xff;
    }
}
