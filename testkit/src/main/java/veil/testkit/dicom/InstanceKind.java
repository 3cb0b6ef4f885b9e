package veil.testkit.dicom;

/** The kinds of instance the generator writes, each with its storage SOP class and modality. */
public enum InstanceKind {
    CR("1.2.840.10008.5.1.4.1.1.1", "CR", true),
    DX("1.2.840.10008.5.1.4.1.1.1.1", "DX", true),
    CT("1.2.840.10008.5.1.4.1.1.2", "CT", true),
    /** Ultrasound: pixel cleaning is required by modality. */
    US("1.2.840.10008.5.1.4.1.1.6.1", "US", true),
    /** Secondary capture: pixel cleaning is required by modality. */
    SC("1.2.840.10008.5.1.4.1.1.7", "OT", true),
    /** Basic Text SR: a report whose content tree names the patient and references the images. */
    SR("1.2.840.10008.5.1.4.1.1.88.11", "SR", false);

    private final String sopClassUid;
    private final String modality;
    private final boolean image;

    InstanceKind(String sopClassUid, String modality, boolean image) {
        this.sopClassUid = sopClassUid;
        this.modality = modality;
        this.image = image;
    }

    public String sopClassUid() { return sopClassUid; }

    /** The value written in Modality (0008,0060). */
    public String modality() { return modality; }

    public boolean isImage() { return image; }

    /** Whether the rule quarantines this kind for its modality alone when clean-pixel-data is on. */
    public boolean needsPixelCleaningByModality() {
        return this == US || this == SC;
    }
}
