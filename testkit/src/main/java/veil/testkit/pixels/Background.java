package veil.testkit.pixels;

/** What lies under the text: a flat field, a gradient, or a noisy field, always over a chest-like phantom. */
public enum Background { PLAIN, GRADIENT, NOISY }
