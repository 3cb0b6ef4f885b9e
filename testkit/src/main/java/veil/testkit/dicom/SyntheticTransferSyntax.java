package veil.testkit.dicom;

import com.pixelmed.dicom.TransferSyntax;

/** The uncompressed encodings the generator can write. */
public enum SyntheticTransferSyntax {
    EXPLICIT_VR_LITTLE_ENDIAN(TransferSyntax.ExplicitVRLittleEndian),
    IMPLICIT_VR_LITTLE_ENDIAN(TransferSyntax.ImplicitVRLittleEndian),
    EXPLICIT_VR_BIG_ENDIAN(TransferSyntax.ExplicitVRBigEndian);

    private final String uid;

    SyntheticTransferSyntax(String uid) {
        this.uid = uid;
    }

    public String uid() {
        return uid;
    }
}
