package veil.deid.engine;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.SequenceAttribute;
import java.util.HashMap;
import java.util.Map;
import veil.rules.HeaderValues;
import veil.rules.StandardDictionary;

/** The original top-level string values, taken before any change, for rule conditions and patient identity. */
public final class HeaderSnapshot implements HeaderValues {

    private final Map<Integer, String> values = new HashMap<>();

    public HeaderSnapshot(AttributeList list) {
        for (Map.Entry<AttributeTag, Attribute> e : list.entrySet()) {
            Attribute a = e.getValue();
            if (a instanceof SequenceAttribute || e.getKey().isPrivate() || a.getVL() > 1024) continue;
            String v = a.getDelimitedStringValuesOrNull();
            if (v != null) values.put((e.getKey().getGroup() << 16) | e.getKey().getElement(), v);
        }
    }

    @Override
    public String get(String keyword) {
        return StandardDictionary.get().byKeyword(keyword).map(en -> values.get(en.tag())).orElse(null);
    }

    public String get(int tag) {
        return values.get(tag);
    }
}
