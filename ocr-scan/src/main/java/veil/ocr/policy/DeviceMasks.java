package veil.ocr.policy;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import veil.rules.PixelPolicy;

/** Selects the fixed device layouts whose header conditions all hold for an instance. */
public final class DeviceMasks {

    private DeviceMasks() { }

    public static List<PixelPolicy.DeviceMask> matching(PixelPolicy policy, AttributeList list) {
        List<PixelPolicy.DeviceMask> out = new ArrayList<>();
        for (PixelPolicy.DeviceMask m : policy.masks()) {
            if (m.when().entrySet().stream().allMatch(c -> holds(list, c))) out.add(m);
        }
        return out;
    }

    private static boolean holds(AttributeList list, Map.Entry<String, String> condition) {
        AttributeTag tag = AttributeList.getDictionary().getTagFromName(condition.getKey());
        if (tag == null) return false;
        String actual = Attribute.getSingleStringValueOrEmptyString(list, tag).trim().toUpperCase(Locale.ROOT);
        String wanted = condition.getValue().trim().toUpperCase(Locale.ROOT);
        if (wanted.endsWith("*")) return actual.startsWith(wanted.substring(0, wanted.length() - 1));
        return actual.equals(wanted);
    }
}
