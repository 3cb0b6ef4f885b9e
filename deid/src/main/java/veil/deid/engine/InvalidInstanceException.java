package veil.deid.engine;

import com.pixelmed.dicom.DicomException;

/**
 * The instance cannot be written correctly after de-identification (an invalid SOP Class UID, a pixel-describing
 * attribute that is not a number, text in an undecodable character set): it is quarantined with this reason.
 * The message names attributes, never their values.
 */
public final class InvalidInstanceException extends DicomException {

    public InvalidInstanceException(String reason) {
        super(reason);
    }

    /** The quarantine reason, free of PHI. */
    public String reason() {
        return getMessage();
    }
}
