package veil.rules;

import java.util.Locale;

/**
 * A private attribute named the only stable way: its creator plus group and element byte,
 * e.g. creator "GEMS_IDEN_01", group 0x0009, element 0x01 matches (0009,xx01) in whatever block the creator holds.
 *
 * @param group   the odd group, or -1 for any group
 * @param element the low byte of the element, or -1 for any element of the creator's block
 */
public record PrivateTagPattern(String creator, int group, int element) {

    public PrivateTagPattern {
        creator = creator.trim();
    }

    public boolean matches(String actualCreator, int tag) {
        if (actualCreator == null || !creator.equalsIgnoreCase(actualCreator.trim())) return false;
        int g = tag >>> 16;
        int e = tag & 0xFF;
        return (group < 0 || group == g) && (element < 0 || element == e);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "private \"%s\" (%s,xx%s)", creator,
                group < 0 ? "gggg" : String.format(Locale.ROOT, "%04X", group),
                element < 0 ? "ee" : String.format(Locale.ROOT, "%02X", element));
    }
}
