package veil.ocr.learned;

import java.awt.Rectangle;

/** A text line the learned detector found, in frame coordinates (already unclipped), with its mean probability. */
public record TextBox(Rectangle box, double score) {
    public TextBox {
        box = new Rectangle(box);
    }
}
