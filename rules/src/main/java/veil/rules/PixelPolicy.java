package veil.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the clean-pixel-data option blacks out, as declared in a profile's {@code pixels:} section.
 *
 * @param mode      {@code ALL} text, or only text matching the instance's own identifiers ({@code PHI})
 * @param allowList harmless markers never blacked out (L, R, AP, PORTABLE, ...), compared case-insensitively
 * @param masks     fixed rectangles for known device layouts, applied when their header conditions match
 */
public record PixelPolicy(Mode mode, Set<String> allowList, List<DeviceMask> masks) {

    public enum Mode { ALL, PHI }

    public static final Set<String> DEFAULT_ALLOW_LIST =
            Set.of("L", "R", "AP", "PA", "PORTABLE", "SUPINE", "UPRIGHT", "ERECT");

    public static PixelPolicy defaults() {
        return new PixelPolicy(Mode.ALL, DEFAULT_ALLOW_LIST, List.of());
    }

    public PixelPolicy {
        allowList = Set.copyOf(allowList);
        masks = List.copyOf(masks);
    }

    /**
     * A fixed blackout layout for a device.
     *
     * @param name  shown in the audit
     * @param when  the same header condition as a rule's {@code when:} (one condition language)
     * @param boxes rectangles in pixel coordinates of the stored image
     */
    public record DeviceMask(String name, Condition when, List<Box> boxes) {
        public DeviceMask {
            boxes = List.copyOf(boxes);
        }
    }

    public record Box(int x, int y, int width, int height) { }
}
