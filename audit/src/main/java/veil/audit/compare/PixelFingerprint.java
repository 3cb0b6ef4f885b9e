package veil.audit.compare;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import veil.deid.io.InstanceReader;

/**
 * A hash of an instance's stored Pixel Data: how a de-identified file is matched to its original when the pixels were
 * passed through unchanged (Veil copies them byte for byte unless it cleaned them).
 */
final class PixelFingerprint {

    private PixelFingerprint() { }

    /** @return hex SHA-256 of the Pixel Data element, or null when there is none */
    static String of(Path file, InstanceReader.Header header) throws IOException {
        MessageDigest md = sha256();
        if (header.streamsPixels()) {
            try (InputStream in = Files.newInputStream(file)) {
                in.skipNBytes(header.pixelDataStart() + 8);   // tag and length differ between explicit and implicit VR
                byte[] buf = new byte[65536];
                for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        }
        return ofList(header.list());
    }

    static String ofList(AttributeList list) {
        Attribute px = list.get(TagFromName.PixelData);
        if (px == null) return null;
        try {
            byte[] b = px.getByteValues();
            if (b == null) return null;
            return HexFormat.of().formatHex(sha256().digest(b));
        } catch (Exception e) {
            return null;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
