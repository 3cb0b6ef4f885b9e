package veil.qa.export;

import java.util.Locale;

/**
 * Puts a radiograph the way it is conventionally viewed, from the header's Patient Orientation
 * (0020,0020): the first value is the direction of the rows (left to right on screen), the second
 * the direction of the columns (top to bottom); each is H, F, L, R, A, P (first letter used).
 * <ul>
 *   <li>rows running head-feet (first value H or F): the image is transposed first;</li>
 *   <li>head at the bottom (column direction H): flipped top to bottom;</li>
 *   <li>frontal images (View Position AP/PA, or rows running L/R when the view is unknown) with rows
 *       toward the patient's right (R): flipped left to right, so the patient's right is on the viewer's left.</li>
 * </ul>
 * Lateral images keep their left-right direction (A or P): conventions differ between sites.
 * Without Patient Orientation nothing is changed.
 */
record Orientation(boolean transpose, boolean flipH, boolean flipV) {
    static final Orientation NONE = new Orientation(false, false, false);

    static Orientation of(String patientOrientation, String viewPosition) {
        if (patientOrientation == null) return NONE;
        String[] parts = patientOrientation.strip().toUpperCase(Locale.ROOT).split("\\\\");
        if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) return NONE;
        char row = parts[0].charAt(0), col = parts[1].charAt(0);
        boolean transpose = (row == 'H' || row == 'F') && "LRAP".indexOf(col) >= 0;
        if (transpose) { char t = row; row = col; col = t; }
        if ("HF".indexOf(col) < 0) return NONE;   // not a pattern we can read: leave as stored
        String view = viewPosition == null ? "" : viewPosition.strip().toUpperCase(Locale.ROOT);
        boolean frontal = view.startsWith("AP") || view.startsWith("PA") || (view.isEmpty() && (row == 'L' || row == 'R'));
        return new Orientation(transpose, frontal && row == 'R', col == 'H');
    }

    boolean identity() { return !transpose && !flipH && !flipV; }

    /** What was done, for the export statistics: none, or e.g. transpose+flip_h. */
    String describe() {
        if (identity()) return "none";
        StringBuilder b = new StringBuilder();
        if (transpose) b.append("transpose");
        if (flipH) b.append(b.length() > 0 ? "+" : "").append("flip_h");
        if (flipV) b.append(b.length() > 0 ? "+" : "").append("flip_v");
        return b.toString();
    }

    /** Output width and height for an input of w x h. */
    int[] size(int w, int h) { return transpose ? new int[] {h, w} : new int[] {w, h}; }

    /** Applies the transform: transpose, then the flips, on the transposed image. */
    byte[] apply(byte[] px, int w, int h) {
        if (identity()) return px;
        int ow = transpose ? h : w, oh = transpose ? w : h;
        byte[] out = new byte[px.length];
        for (int y = 0; y < oh; y++) {
            int sy = flipV ? oh - 1 - y : y;
            for (int x = 0; x < ow; x++) {
                int sx = flipH ? ow - 1 - x : x;
                // (sx, sy) in the transposed frame; map back to the stored image
                out[y * ow + x] = transpose ? px[sx * w + sy] : px[sy * w + sx];
            }
        }
        return out;
    }
}
