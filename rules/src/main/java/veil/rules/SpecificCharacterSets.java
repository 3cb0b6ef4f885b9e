package veil.rules;

import java.util.Set;

/** The Defined Terms of Specific Character Set (0008,0005), PS3.3 C.12.1.1.2: anything else cannot be decoded. */
public final class SpecificCharacterSets {

    private static final Set<String> DEFINED = Set.of(
            // single-byte, no code extensions
            "ISO_IR 100", "ISO_IR 101", "ISO_IR 109", "ISO_IR 110", "ISO_IR 144", "ISO_IR 127", "ISO_IR 126",
            "ISO_IR 138", "ISO_IR 148", "ISO_IR 203", "ISO_IR 13", "ISO_IR 166",
            // single- and multi-byte with code extensions
            "ISO 2022 IR 6", "ISO 2022 IR 100", "ISO 2022 IR 101", "ISO 2022 IR 109", "ISO 2022 IR 110",
            "ISO 2022 IR 144", "ISO 2022 IR 127", "ISO 2022 IR 126", "ISO 2022 IR 138", "ISO 2022 IR 148",
            "ISO 2022 IR 203", "ISO 2022 IR 13", "ISO 2022 IR 166", "ISO 2022 IR 87", "ISO 2022 IR 159",
            "ISO 2022 IR 149", "ISO 2022 IR 58",
            // multi-byte without code extensions
            "ISO_IR 192", "GB18030", "GBK");

    private SpecificCharacterSets() { }

    /**
     * Whether every value is a Defined Term. The first value may be empty (the default repertoire, with code
     * extensions in the later values); later values may not.
     */
    public static boolean allDefined(String[] values) {
        if (values == null) return true;
        for (int i = 0; i < values.length; i++) {
            String v = values[i] == null ? "" : values[i].trim();
            if (v.isEmpty() && i == 0) continue;
            if (!DEFINED.contains(v)) return false;
        }
        return true;
    }
}
