package veil.deid.io;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;

/** Null-safe single string values from a list. */
public final class Attributes {

    private Attributes() { }

    /** The first value, trimmed, or "" when absent. */
    public static String string(AttributeList list, AttributeTag tag) {
        return Attribute.getSingleStringValueOrEmptyString(list, tag).trim();
    }
}
