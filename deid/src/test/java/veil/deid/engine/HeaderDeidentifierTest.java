package veil.deid.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeFactory;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import java.util.Set;
import org.junit.jupiter.api.Test;
import veil.deid.dates.DateShifter;
import veil.deid.keys.SecretKey;
import veil.deid.patient.PatientIdentity;
import veil.deid.uid.UidMapper;
import veil.rules.ProfileLoader;
import veil.rules.RuleSet;

class HeaderDeidentifierTest {

    static final SecretKey KEY = SecretKey.of(new byte[32]);
    static final UidMapper UIDS = new UidMapper(KEY.derive("uid"));
    private static final AttributeTag PRIVATE_CREATOR = new AttributeTag(0x0019, 0x0010);
    private static final AttributeTag PRIVATE_B_VALUE = new AttributeTag(0x0019, 0x100C);
    private static final AttributeTag PRIVATE_NAME = new AttributeTag(0x0019, 0x1020);

    static void put(AttributeList l, AttributeTag tag, String... values) throws Exception {
        Attribute a = AttributeFactory.newAttribute(tag);
        for (String v : values) a.addValue(v);
        l.put(a);
    }

    static void putPrivate(AttributeList l, AttributeTag tag, String vr, String value) throws Exception {
        Attribute a = AttributeFactory.newAttribute(tag, vr.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        a.addValue(value);
        l.put(a);
    }

    static AttributeList instance(String studyDate) throws Exception {
        AttributeList l = new AttributeList();
        put(l, TagFromName.SOPClassUID, "1.2.840.10008.5.1.4.1.1.1");
        put(l, TagFromName.SOPInstanceUID, "1.2.3.100");
        put(l, TagFromName.StudyInstanceUID, "1.2.3.1");
        put(l, TagFromName.SeriesInstanceUID, "1.2.3.2");
        put(l, TagFromName.PatientName, "DOE^JANE");
        put(l, TagFromName.PatientID, "MRN12345");
        put(l, TagFromName.PatientAge, "095Y");
        put(l, TagFromName.PatientSex, "F");
        put(l, TagFromName.StudyDate, studyDate);
        put(l, TagFromName.AcquisitionDateTime, studyDate + "101500+0100");
        put(l, TagFromName.StudyDescription, "CHEST PA for DOE");
        put(l, TagFromName.InstitutionName, "ST ELSEWHERE HOSPITAL");
        put(l, TagFromName.Modality, "CR");
        put(l, TagFromName.Rows, "512");

        SequenceAttribute ref = new SequenceAttribute(TagFromName.ReferencedStudySequence);
        AttributeList item = new AttributeList();
        put(item, TagFromName.ReferencedSOPClassUID, "1.2.840.10008.3.1.2.3.1");
        put(item, TagFromName.ReferencedSOPInstanceUID, "1.2.3.1");
        put(item, TagFromName.ReferringPhysicianName, "HOUSE^GREGORY");   // misplaced, but rules apply at every depth
        ref.addItem(item);
        l.put(ref);

        SequenceAttribute request = new SequenceAttribute(TagFromName.RequestAttributesSequence);
        AttributeList req = new AttributeList();
        put(req, TagFromName.RequestedProcedureID, "RP-998877");
        put(req, TagFromName.RequestedProcedureDescription, "CHEST for DOE");
        request.addItem(req);
        l.put(request);

        putPrivate(l, PRIVATE_CREATOR, "LO", "SIEMENS MR HEADER");
        putPrivate(l, PRIVATE_B_VALUE, "IS", "1000");
        putPrivate(l, PRIVATE_NAME, "LO", "DOE^JANE");
        return l;
    }

    static InstanceContext context(RuleSet rules, AttributeList l) {
        PatientIdentity p = PatientIdentity.of("", "MRN12345", "", "", "");
        int shift = new DateShifter(KEY.derive("date"), rules.profile().maxShiftDays()).daysFor(p);
        return new InstanceContext(p, "VEILPSEUDO", shift, "1.2.840.10008.5.1.4.1.1.1", new HeaderSnapshot(l));
    }

    static String value(AttributeList l, AttributeTag t) {
        return l.get(t) == null ? "" : l.get(t).getDelimitedStringValuesOrEmptyString();
    }

    @Test
    void basicProfileRemovesIdentifiersAtEveryDepthAndRemapsUidsConsistently() throws Exception {
        RuleSet rules = RuleSet.compile(ProfileLoader.load("basic"), Set.of());
        AttributeList l = instance("20200301");
        InstanceContext ctx = context(rules, l);
        new HeaderDeidentifier(rules, UIDS, KEY.derive("hash"), veil.deid.text.TextCleaner.PLACEHOLDER).apply(l, ctx);

        assertThat(value(l, TagFromName.PatientName)).isEqualTo("VEILPSEUDO");
        assertThat(value(l, TagFromName.PatientID)).isEqualTo("VEILPSEUDO");
        assertThat(l.get(TagFromName.PatientAge)).isNull();
        assertThat(value(l, TagFromName.StudyDate)).isEmpty();
        assertThat(l.get(TagFromName.StudyDescription)).isNull();
        assertThat(l.get(TagFromName.InstitutionName)).isNull();               // X/Z/D, Type 3 -> X
        assertThat(value(l, TagFromName.Rows)).isEqualTo("512");               // not in the table: kept
        assertThat(value(l, TagFromName.SOPClassUID)).isEqualTo("1.2.840.10008.5.1.4.1.1.1");
        assertThat(value(l, TagFromName.StudyInstanceUID)).isEqualTo(UIDS.map("1.2.3.1"));
        assertThat(l.get(TagFromName.ReferencedStudySequence)).isNull();       // X/Z, Type 3 -> X
        SequenceAttribute req = (SequenceAttribute) l.get(TagFromName.RequestAttributesSequence);
        assertThat(req).isNull();                                              // X: gone with what it held
        assertThat(l.get(PRIVATE_NAME)).isNull();
        assertThat(l.get(PRIVATE_B_VALUE)).isNull();
        assertThat(l.get(PRIVATE_CREATOR)).isNull();                           // no element left in its block
        assertThat(ctx.actionCounts()).containsKeys("remove", "pseudonym", "uid", "keep");
    }

    @Test
    void researchProfileShiftsDatesKeepsIntervalsCapsAgesAndKeepsReferences() throws Exception {
        RuleSet rules = RuleSet.compile(ProfileLoader.load("research-safe-private"), Set.of());
        HeaderDeidentifier engine = new HeaderDeidentifier(rules, UIDS, KEY.derive("hash"), t -> "[cleaned]");
        AttributeList first = instance("20200301");
        AttributeList second = instance("20200315");
        engine.apply(first, context(rules, first));
        engine.apply(second, context(rules, second));

        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.BASIC_ISO_DATE;
        java.time.LocalDate a = java.time.LocalDate.parse(value(first, TagFromName.StudyDate), f);
        java.time.LocalDate b = java.time.LocalDate.parse(value(second, TagFromName.StudyDate), f);
        assertThat(a).isNotEqualTo(java.time.LocalDate.of(2020, 3, 1));
        assertThat(java.time.temporal.ChronoUnit.DAYS.between(a, b)).isEqualTo(14);
        assertThat(value(first, TagFromName.AcquisitionDateTime)).endsWith("101500+0100").startsWith(value(first, TagFromName.StudyDate));
        assertThat(value(first, TagFromName.PatientAge)).isEqualTo("090Y");
        assertThat(value(first, TagFromName.PatientSex)).isEqualTo("F");
        assertThat(value(first, TagFromName.StudyDescription)).isEqualTo("[cleaned]");   // clean-descriptors -> text cleaner

        SequenceAttribute ref = (SequenceAttribute) first.get(TagFromName.ReferencedStudySequence);
        AttributeList item = ref.getItem(0).getAttributeList();
        assertThat(value(item, TagFromName.ReferencedSOPInstanceUID)).isEqualTo(value(first, TagFromName.StudyInstanceUID));
        assertThat(value(item, TagFromName.ReferencedSOPClassUID)).isEqualTo("1.2.840.10008.3.1.2.3.1");
        assertThat(value(item, TagFromName.ReferringPhysicianName)).isEmpty();

        assertThat(value(first, PRIVATE_B_VALUE)).isEqualTo("1000");                     // named in the profile
        assertThat(first.get(PRIVATE_CREATOR)).isNotNull();                             // its block is still used
        assertThat(first.get(PRIVATE_NAME)).isNull();                                   // not on the safe list
    }

    @Test
    void cleanedFreeTextLosesTheInstancesOwnIdentifiersEvenWhenTheScannerMissesThem() throws Exception {
        RuleSet rules = RuleSet.compile(ProfileLoader.load("research"), Set.of());
        AttributeList l = instance("20200301");
        put(l, TagFromName.ImageComments, "Repeat film for jane doe, MRN12345, born 1931-02-03");
        put(l, TagFromName.PatientBirthDate, "19310203");
        new HeaderDeidentifier(rules, UIDS, KEY.derive("hash"), t -> t).apply(l, context(rules, l));   // a scanner that finds nothing
        assertThat(value(l, TagFromName.StudyDescription)).isEqualTo("CHEST PA for [REDACTED]");
        assertThat(value(l, TagFromName.ImageComments)).doesNotContainIgnoringCase("jane").doesNotContainIgnoringCase("doe")
                .doesNotContain("MRN12345").doesNotContain("1931-02-03").startsWith("Repeat film for");
    }

    @Test
    void aDateThatCannotBeShiftedIsRemovedNotKept() throws Exception {
        RuleSet rules = RuleSet.compile(ProfileLoader.load("research"), Set.of());
        AttributeList l = instance("20200301");
        put(l, TagFromName.SeriesDate, "March 2020");
        InstanceContext ctx = context(rules, l);
        new HeaderDeidentifier(rules, UIDS, KEY.derive("hash"), t -> t).apply(l, ctx);
        assertThat(l.get(TagFromName.SeriesDate)).isNull();
        assertThat(ctx.warnings()).anyMatch(w -> w.contains("SeriesDate") && !w.contains("March"));
    }
}
