package veil.testkit.dicom;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;

/** Standard attributes PixelMed's {@code TagFromName} constants leave out, looked up in its dictionary. */
final class MissingTags {
    static final AttributeTag KVP = named("KVP");
    static final AttributeTag SCHEDULED_PROCEDURE_STEP_ID = named("ScheduledProcedureStepID");
    static final AttributeTag POSITIONER_TYPE = named("PositionerType");
    static final AttributeTag PATIENT_POSITION = named("PatientPosition");
    static final AttributeTag DETECTOR_TYPE = named("DetectorType");
    static final AttributeTag PIXEL_INTENSITY_RELATIONSHIP = named("PixelIntensityRelationship");
    static final AttributeTag PIXEL_INTENSITY_RELATIONSHIP_SIGN = named("PixelIntensityRelationshipSign");

    private MissingTags() {
    }

    private static AttributeTag named(String keyword) {
        AttributeTag tag = AttributeList.getDictionary().getTagFromName(keyword);
        if (tag == null) {
            throw new IllegalStateException("PixelMed's dictionary lacks " + keyword);
        }
        return tag;
    }
}
