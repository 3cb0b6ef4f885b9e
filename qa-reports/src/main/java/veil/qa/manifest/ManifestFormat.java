package veil.qa.manifest;

import java.util.Locale;

/** The input layouts {@code veil qa} understands. */
public enum ManifestFormat {
    CXR14, CHEXPERT, MIMIC, DICOM, JPEG;

    public String id() { return name().toLowerCase(Locale.ROOT); }

    public static ManifestFormat parse(String s) {
        for (ManifestFormat f : values()) if (f.id().equalsIgnoreCase(s.strip())) return f;
        throw new IllegalArgumentException("unknown format '" + s + "' (expected cxr14, chexpert, mimic, dicom or jpeg)");
    }
}
