package veil.ocr.policy;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.TagFromName;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The identifiers of one instance, taken from its own header, in the forms burned-in text is
 * compared with: name parts (upper case, letters only), IDs (upper case, letters and digits), dates.
 */
public record Identifiers(Set<String> nameParts, Set<String> ids, Set<LocalDate> dates) {

    static final List<AttributeTag> NAMES = List.of(TagFromName.PatientName, TagFromName.OtherPatientNames,
            TagFromName.PatientMotherBirthName, TagFromName.ReferringPhysicianName,
            TagFromName.PerformingPhysicianName, TagFromName.NameOfPhysiciansReadingStudy, TagFromName.OperatorsName,
            TagFromName.PhysiciansOfRecord, TagFromName.RequestingPhysician, TagFromName.InstitutionName,
            TagFromName.InstitutionalDepartmentName, TagFromName.StationName);
    static final List<AttributeTag> IDS = List.of(TagFromName.PatientID, TagFromName.OtherPatientIDs,
            TagFromName.AccessionNumber, TagFromName.StudyID, TagFromName.IssuerOfPatientID,
            TagFromName.MedicalRecordLocator, TagFromName.DeviceSerialNumber, TagFromName.RequestedProcedureID,
            TagFromName.AdmissionID);
    static final List<AttributeTag> DATES = List.of(TagFromName.PatientBirthDate, TagFromName.StudyDate,
            TagFromName.SeriesDate, TagFromName.AcquisitionDate, TagFromName.ContentDate,
            TagFromName.InstanceCreationDate, TagFromName.AcquisitionDateTime);

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
        for (AttributeTag t : NAMES) {
            for (String v : values(list, t)) {
                for (String part : v.split("[\\^\\s,.\\-=]+")) {
                    String p = letters(part);
                    if (p.length() >= MIN_NAME_PART) names.add(p);
                }
            }
        }
        for (AttributeTag t : IDS) {
            for (String v : values(list, t)) {
                String id = alnum(v);
                if (id.length() >= MIN_ID) ids.add(id);
            }
        }
        for (AttributeTag t : DATES) {
            for (String v : values(list, t)) {
                String d = v.trim();
                if (d.length() < 8) continue;
                try {
                    dates.add(LocalDate.parse(d.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE));
                } catch (DateTimeParseException ignored) {
                    // a malformed date cannot be matched as a date; its digits may still match as text
                }
            }
        }
        return new Identifiers(names, ids, dates);
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
