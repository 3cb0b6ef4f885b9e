package veil.ocr.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.pixelmed.dicom.AttributeFactory;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.TagFromName;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import veil.rules.Condition;
import veil.rules.PixelPolicy;

class DeviceMasksTest {

    private static final PixelPolicy.DeviceMask ACME = new PixelPolicy.DeviceMask("ACME band",
            new Condition(Map.of("Modality", List.of("US"), "Manufacturer", List.of("ACME*"), "Rows", List.of("480"))), List.of(new PixelPolicy.Box(0, 0, 640, 40)));

    @Test
    void appliesAMaskWhenEveryConditionHolds() throws Exception {
        AttributeList list = list("US", "Acme Medical", "480");
        assertThat(DeviceMasks.matching(policy(), list)).containsExactly(ACME);
    }

    @Test
    void skipsAMaskWhenAnyConditionFails() throws Exception {
        assertThat(DeviceMasks.matching(policy(), list("US", "Other", "480"))).isEmpty();
        assertThat(DeviceMasks.matching(policy(), list("US", "ACME", "600"))).isEmpty();
    }

    private static PixelPolicy policy() {
        return new PixelPolicy(PixelPolicy.Mode.ALL, PixelPolicy.DEFAULT_ALLOW_LIST, List.of(ACME));
    }

    private static AttributeList list(String modality, String manufacturer, String rows) throws Exception {
        AttributeList l = new AttributeList();
        put(l, TagFromName.Modality, modality);
        put(l, TagFromName.Manufacturer, manufacturer);
        put(l, TagFromName.Rows, rows);
        return l;
    }

    private static void put(AttributeList l, AttributeTag t, String v) throws Exception {
        var a = AttributeFactory.newAttribute(t);
        a.addValue(v);
        l.put(a);
    }
}
