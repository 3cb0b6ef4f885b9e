package veil.ocr.decode;

import java.io.IOException;
import java.util.Locale;
import javax.imageio.ImageReader;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;

/** Registers {@link JpegLsReader} under the format name PixelMed asks for ("jpeg-ls"). */
public final class JpegLsReaderSpi extends ImageReaderSpi {

    public JpegLsReaderSpi() {
        super("Veil", "1.0", new String[]{"jpeg-ls", "JPEG-LS"}, new String[]{"jls"}, new String[]{"image/jls"},
                JpegLsReader.class.getName(), new Class<?>[]{ImageInputStream.class}, null,
                false, null, null, null, null, false, null, null, null, null);
    }

    /** A JPEG-LS stream starts with SOI and has an SOF55 (FFF7) frame header before its scan. */
    @Override
    public boolean canDecodeInput(Object source) throws IOException {
        if (!(source instanceof ImageInputStream in)) return false;
        in.mark();
        try {
            if (in.read() != 0xFF || in.read() != 0xD8) return false;
            for (int i = 0; i < 64; i++) {
                int b = in.read();
                if (b < 0) return false;
                if (b != 0xFF) continue;
                int m = in.read();
                if (m == 0xF7) return true;
                if (m == 0xDA || m < 0) return false;
                int len = (in.read() << 8) | in.read();
                if (len < 2) return false;
                in.skipBytes(len - 2);
            }
            return false;
        } finally {
            in.reset();
        }
    }

    @Override
    public ImageReader createReaderInstance(Object extension) {
        return new JpegLsReader(this);
    }

    @Override
    public String getDescription(Locale locale) {
        return "JPEG-LS (ISO 14495-1) reader backed by CharLS";
    }
}
