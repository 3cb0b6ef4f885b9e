package veil.ocr.policy;

import com.pixelmed.dicom.AttributeList;
import java.util.List;
import veil.deid.engine.HeaderSnapshot;
import veil.rules.PixelPolicy;

/** Selects the fixed device layouts whose header condition ({@link veil.rules.Condition}, as in rules) holds. */
public final class DeviceMasks {

    private DeviceMasks() { }

    public static List<PixelPolicy.DeviceMask> matching(PixelPolicy policy, AttributeList list) {
        if (policy.masks().isEmpty()) return List.of();
        HeaderSnapshot header = new HeaderSnapshot(list);
        return policy.masks().stream().filter(m -> m.when().matches(header)).toList();
    }
}
