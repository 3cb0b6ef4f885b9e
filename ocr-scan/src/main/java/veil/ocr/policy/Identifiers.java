package veil.ocr.policy;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import veil.rules.IdentifyingAttributes;

/**
 * The identifiers of one instance, taken from its own header (the attributes of the rules' {@link IdentifyingAttributes}
 * table), in the forms burned-in text is compared with: name parts (upper case, letters only), IDs (upper case, letters and digits), dates.
 */
public record Identifiers(Set<String> nameParts, Set<String> ids, Set<LocalDate> dates) {

    /** Parts shorter than this match too much by chance ("LI", "MR"). */
    static final int MIN_NAME_PART = 2;
    static final int MIN_ID = 3;

    public Identifiers {
        nameParts = Set.copyOf(nameParts);
        ids = Set.copyOf(ids);
        dates = Set.copyOf(dates);
    }

    public static Identifiers of(AttributeList list) {
        Set<String> names = new LinkedHashSet<>(), ids = new LinkedHashSet<>();
        Set<LocalDate> dates = new LinkedHashSet<>();
        for (IdentifyingAttributes.Entry e : IdentifyingAttributes.all()) {
            AttributeTag t = new AttributeTag(e.tag() >>> 16, e.tag() & 0xFFFF);
            switch (e.kind()) {
                case NAME, PLACE -> addNameParts(names, values(list, t));
                case ID -> addIds(ids, values(list, t));
                case DATE -> addDates(dates, values(list, t));
            }
        }
        return new Identifiers(names, ids, dates);
    }

    private static void addNameParts(Set<String> names, String[] vals) {
        for (String v : vals) {
            for (String part : v.split("[\\^\\s,.\\-=]+")) {
                String p = letters(part);
                if (p.length() >= MIN_NAME_PART) names.add(p);
            }
        }
    }

    private static void addIds(Set<String> ids, String[] vals) {
        for (String v : vals) {
            String id = alnum(v);
            if (id.length() >= MIN_ID) ids.add(id);
        }
    }

    private static void addDates(Set<LocalDate> dates, String[] vals) {
        for (String v : vals) {
            String d = v.trim();
            if (d.length() < 8) continue;
            try {
                dates.add(LocalDate.parse(d.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE));
            } catch (DateTimeParseException ignored) {
                // a malformed date cannot be matched as a date; its digits may still match as text
            }
        }
    }

    public boolean isEmpty() {
        return nameParts.isEmpty() && ids.isEmpty() && dates.isEmpty();
    }

    private static String[] values(AttributeList list, AttributeTag tag) {
        Attribute a = list.get(tag);
        if (a == null) return new String[0];
        try {
            String[] v = a.getStringValues();
            return v == null ? new String[0] : v;
        } catch (Exception e) {
            return new String[0];
        }
    }

    static String letters(String s) {
        StringBuilder b = new StringBuilder();
        s.toUpperCase(Locale.ROOT).codePoints().filter(Character::isLetter).forEach(b::appendCodePoint);
        return b.toString();
    }

    static String alnum(String s) {
        StringBuilder b = new StringBuilder();
        s.toUpperCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }
}
