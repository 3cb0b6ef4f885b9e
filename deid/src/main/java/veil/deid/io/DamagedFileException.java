package veil.deid.io;

import com.pixelmed.dicom.DicomException;

/**
 * The file is damaged: cut short, a length that does not fit, an undefined length where none is allowed, bytes
 * Veil did not read, or Pixel Data whose length does not match its description. Such a file is quarantined with
 * {@link #reason()}, never released: what was not read was not de-identified. The reason names tags and byte
 * counts, never values.
 */
public final class DamagedFileException extends DicomException {

    public DamagedFileException(String reason) {
        super(reason);
    }

    /** The quarantine reason, free of PHI, prefixed so the operator knows it is the file, not Veil. */
    public String reason() {
        return "damaged file: " + getMessage();
    }
}
