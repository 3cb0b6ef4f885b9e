package veil.testkit.dicom;

/**
 * Pixel values for synthetic images. Values are kept where no two adjacent bytes can both be
 * printable ASCII (12-bit values in 16-bit words; 0x80-0x9F in 8-bit images), so a byte search for
 * seeded text in an output file never matches pixel data by chance.
 */
final class PixelPattern {
    private PixelPattern() {
    }

    static short[] twelveBit(int rows, int columns, int phase) {
        short[] pixels = new short[rows * columns];
        int scale = (rows * rows + columns * columns) / 4 / 2048 + 1;
        int i = 0;
        for (int y = 0; y < rows; y++) {
            int cy = y - rows / 2;
            for (int x = 0; x < columns; x++) {
                int cx = x - columns / 2;
                int body = (cx * cx + cy * cy) / scale;
                pixels[i++] = (short) ((2048 + body + ((x ^ y) & 63) + phase) & 0x0FFF);
            }
        }
        return pixels;
    }

    static byte[] eightBit(int rows, int columns, int phase) {
        byte[] pixels = new byte[rows * columns + (rows * columns) % 2];
        int i = 0;
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < columns; x++) {
                pixels[i++] = (byte) (0x80 | ((x + y + phase) & 0x1F));
            }
        }
        return pixels;
    }
}
