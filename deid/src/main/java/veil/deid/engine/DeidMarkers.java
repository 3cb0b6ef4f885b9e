package veil.deid.engine;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.CodeStringAttribute;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.LongStringAttribute;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.ShortStringAttribute;
import com.pixelmed.dicom.TagFromName;
import veil.rules.DeidOption;
import veil.rules.RuleSet;

/**
 * What PS3.15 requires a de-identified instance to say about itself: Patient Identity Removed, the method in words
 * and as codes (CID 7050), and whether longitudinal temporal information was modified.
 */
public final class DeidMarkers {

    private DeidMarkers() { }

    public static void add(AttributeList list, RuleSet rules, String toolVersion) throws DicomException {
        CodeStringAttribute removed = new CodeStringAttribute(TagFromName.PatientIdentityRemoved);
        removed.addValue("YES");
        list.put(removed);

        LongStringAttribute method = new LongStringAttribute(TagFromName.DeidentificationMethod);
        String text = "Veil " + toolVersion + " profile " + rules.profile().name();
        method.addValue(text.length() > 64 ? text.substring(0, 64) : text);
        list.put(method);

        SequenceAttribute codes = new SequenceAttribute(TagFromName.DeidentificationMethodCodeSequence);
        codes.addItem(code(DeidOption.BASIC_PROFILE_CODE, DeidOption.BASIC_PROFILE_MEANING));
        for (DeidOption o : rules.options()) codes.addItem(code(o.code(), o.meaning()));
        list.put(codes);

        CodeStringAttribute temporal = new CodeStringAttribute(TagFromName.LongitudinalTemporalInformationModified);
        temporal.addValue(rules.has(DeidOption.RETAIN_LONG_FULL_DATES) ? "UNMODIFIED"
                : rules.has(DeidOption.RETAIN_LONG_MODIFIED_DATES) ? "MODIFIED" : "REMOVED");
        list.put(temporal);
    }

    private static AttributeList code(String value, String meaning) throws DicomException {
        AttributeList item = new AttributeList();
        ShortStringAttribute cv = new ShortStringAttribute(TagFromName.CodeValue);
        cv.addValue(value);
        item.put(cv);
        ShortStringAttribute scheme = new ShortStringAttribute(TagFromName.CodingSchemeDesignator);
        scheme.addValue("DCM");
        item.put(scheme);
        LongStringAttribute m = new LongStringAttribute(TagFromName.CodeMeaning);
        m.addValue(meaning.length() > 64 ? meaning.substring(0, 64) : meaning);
        item.put(m);
        return item;
    }
}
