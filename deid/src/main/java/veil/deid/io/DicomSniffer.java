package veil.deid.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tells DICOM files (with or without a Part 10 preamble) from anything else without parsing them. */
public final class DicomSniffer {

    private DicomSniffer() { }

    public static boolean looksLikeDicom(Path file) throws IOException {
        byte[] b = new byte[132];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(b, 0, b.length);
        }
        if (n == 132 && b[128] == 'D' && b[129] == 'I' && b[130] == 'C' && b[131] == 'M') return true;
        if (n < 8) return false;
        // No preamble: a dataset starting with a group 0002/0008 element, little or big endian.
        int le = (b[0] & 0xFF) | (b[1] & 0xFF) << 8;
        int be = (b[0] & 0xFF) << 8 | (b[1] & 0xFF);
        return le == 0x0002 || le == 0x0008 || be == 0x0008;
    }
}
