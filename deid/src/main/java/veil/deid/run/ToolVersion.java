package veil.deid.run;

/**
 * Veil's version: written into every output (Deidentification Method, the audit), so the local CLI and the Beam runners
 * must use the same one for their outputs to match byte for byte. The one place it is set; both read it from here.
 */
public final class ToolVersion {

    public static final String VERSION = "0.1.0";

    private ToolVersion() { }
}
