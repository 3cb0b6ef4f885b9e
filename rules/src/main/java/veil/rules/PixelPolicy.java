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
 * @param maxBlackoutShare the largest share of a frame (0..1] a blackout may change; more means the text finder
 *                  took anatomy for text, and the instance is quarantined instead of released wiped
 */
public record PixelPolicy(Mode mode, Set<String> allowList, List<DeviceMask> masks, double maxBlackoutShare) {

    /** 5% of the frame: burned-in labels, even an ultrasound header band, stay well under it. */
    public static final double DEFAULT_MAX_BLACKOUT_SHARE = 0.05;

    public enum Mode { ALL, PHI }

    public static final Set<String> DEFAULT_ALLOW_LIST =
            Set.of("L", "R", "AP", "PA", "PORTABLE", "SUPINE", "UPRIGHT", "ERECT");

    public static PixelPolicy defaults() {
        return new PixelPolicy(Mode.ALL, DEFAULT_ALLOW_LIST, List.of());
    }

    public PixelPolicy(Mode mode, Set<String> allowList, List<DeviceMask> masks) {
        this(mode, allowList, masks, DEFAULT_MAX_BLACKOUT_SHARE);
    }

    public PixelPolicy {
        allowList = Set.copyOf(allowList);
        masks = List.copyOf(masks);
        if (!(maxBlackoutShare > 0 && maxBlackoutShare <= 1)) {
            throw new IllegalArgumentException("the largest blackout share must be above 0% and at most 100%");
        }
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
