package veil.ocr.policy;

import java.awt.Rectangle;

/**
 * A rectangle to black out in every frame, and why (for the audit: never the text itself).
 *
 * @param box already padded, in stored-image coordinates
 */
public record Target(Rectangle box, Reason reason) {

    public enum Reason { TEXT, IDENTIFIER, DEVICE_MASK }

    public Target {
        box = new Rectangle(box);
    }
}
