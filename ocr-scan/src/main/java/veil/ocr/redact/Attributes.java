package veil.ocr.redact;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;

/** Null-safe reads of the few header values pixel work needs. */
public final class Attributes {

    private Attributes() { }

    public static String string(AttributeList list, AttributeTag tag) {
        return Attribute.getSingleStringValueOrEmptyString(list, tag).trim();
    }

    public static int integer(AttributeList list, AttributeTag tag, int fallback) {
        return Attribute.getSingleIntegerValueOrDefault(list, tag, fallback);
    }
}
