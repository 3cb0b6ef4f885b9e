package veil.deid.engine;

/** Whether a released instance's pixels were screened for burned-in text; the summary and audit count the last kind. */
public enum PixelScreening {
    /** no Pixel Data */
    NO_PIXELS,
    /** screened and verified: no text the policy removes is left */
    SCREENED,
    /** has pixels that were not screened (the profile did not ask, or clean-pixel-data is off and nothing required it) */
    NOT_SCREENED
}
