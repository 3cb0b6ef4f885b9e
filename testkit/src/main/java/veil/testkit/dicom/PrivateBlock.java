package veil.testkit.dicom;

import com.pixelmed.dicom.AttributeTag;

/**
 * A vendor's private block (group 0011) that copies the patient's name and MRN into LO, SH and UN
 * elements and a private sequence, as some modalities do. None of it is on the safe-private list.
 */
final class PrivateBlock {
    static final String CREATOR = "VEIL SYNTHETIC PHI";
    private static final int GROUP = 0x0011;
    static final AttributeTag CREATOR_TAG = new AttributeTag(GROUP, 0x0010);
    static final AttributeTag NAME = new AttributeTag(GROUP, 0x1001);
    static final AttributeTag MRN = new AttributeTag(GROUP, 0x1002);
    static final AttributeTag RAW_NOTE = new AttributeTag(GROUP, 0x1003);
    static final AttributeTag SEQUENCE = new AttributeTag(GROUP, 0x1010);
    static final AttributeTag ADDRESS = new AttributeTag(GROUP, 0x1011);
    static final AttributeTag BIRTH_DATE = new AttributeTag(GROUP, 0x1012);

    private PrivateBlock() {
    }

    static void add(ItemBuilder b, PlannedStudy study, FreeText text) {
        SyntheticPatient patient = study.patient();
        b.privateText(CREATOR_TAG, "LO", CREATOR)
                .privatePhi(NAME, "LO", PhiKind.PERSON_NAME, patient.name().dicomName())
                .privatePhi(MRN, "SH", PhiKind.IDENTIFIER, patient.patientId())
                .unknown(RAW_NOTE, text.render("privateNote"))
                .sequence(SEQUENCE, b.item()
                        .privateText(CREATOR_TAG, "LO", CREATOR)
                        .privatePhi(ADDRESS, "LO", PhiKind.ADDRESS, patient.address())
                        .privatePhi(BIRTH_DATE, "DA", PhiKind.DATE, ItemBuilder.DA.format(patient.birthDate())));
        b.alsoMentions(PhiKind.FREE_TEXT, text.render("privateNote"));
    }
}
