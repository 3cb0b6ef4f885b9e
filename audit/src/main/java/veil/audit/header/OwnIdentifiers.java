package veil.audit.header;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.SequenceAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import veil.audit.finding.FindingType;
import veil.rules.IdentifyingAttributes;

/**
 * The instance's own identifying values (from the one table in rules), to find them repeated in other attributes:
 * "CHEST PA SMITH" in a description is caught even where a name model sees no name. Pseudonyms and placeholders are
 * not identifiers; dates are left out (a study's dates legitimately repeat in its own header).
 */
final class OwnIdentifiers {

    record Needle(String upper, FindingType type, String source) { }

    record Match(int start, int end, FindingType type, String source) { }

    private final List<Needle> needles;

    private OwnIdentifiers(List<Needle> needles) {
        this.needles = needles;
    }

    static OwnIdentifiers of(AttributeList list) {
        List<Needle> out = new ArrayList<>();
        for (IdentifyingAttributes.Entry e : IdentifyingAttributes.all()) {
            if (e.kind() == IdentifyingAttributes.Kind.DATE) continue;
            Attribute a = list.get(new AttributeTag(e.tag() >>> 16, e.tag() & 0xFFFF));
            if (a == null || a instanceof SequenceAttribute) continue;
            String[] values;
            try {
                values = a.getStringValues();
            } catch (Exception ex) {
                continue;
            }
            if (values == null) continue;
            for (String v : values) {
                if (v == null || Placeholders.isPlaceholder(v) || Placeholders.looksPseudonymous(v)) continue;
                String source = e.keyword();
                switch (e.kind()) {
                    case NAME -> {
                        for (String part : v.split("[\\^ ,.=]+")) {
                            if (part.length() >= 3 && part.chars().allMatch(Character::isLetter) && !Placeholders.isPlaceholder(part)) {
                                out.add(new Needle(part.toUpperCase(Locale.ROOT), FindingType.NAME, source));
                            }
                        }
                    }
                    case ID -> {
                        if (v.trim().length() >= 4) out.add(new Needle(v.trim().toUpperCase(Locale.ROOT), FindingType.ID, source));
                    }
                    case PLACE -> {
                        if (v.trim().length() >= 4) out.add(new Needle(v.trim().toUpperCase(Locale.ROOT), FindingType.LOCATION, source));
                    }
                    default -> { }
                }
            }
        }
        return new OwnIdentifiers(out);
    }

    /** The first of the values found as a whole word in {@code text}, or null. */
    Match find(String text) {
        if (needles.isEmpty()) return null;
        String upper = text.toUpperCase(Locale.ROOT);
        for (Needle n : needles) {
            int from = 0;
            for (int i; (i = upper.indexOf(n.upper(), from)) >= 0; from = i + 1) {
                int end = i + n.upper().length();
                if ((i == 0 || !Character.isLetterOrDigit(upper.charAt(i - 1)))
                        && (end == upper.length() || !Character.isLetterOrDigit(upper.charAt(end)))) {
                    return new Match(i, end, n.type(), n.source());
                }
            }
        }
        return null;
    }
}
