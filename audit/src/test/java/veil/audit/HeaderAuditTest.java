package veil.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.CodeStringAttribute;
import com.pixelmed.dicom.LongStringAttribute;
import com.pixelmed.dicom.PersonNameAttribute;
import com.pixelmed.dicom.SOPClass;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.UniqueIdentifierAttribute;
import com.pixelmed.dicom.UnlimitedTextAttribute;
import java.util.List;
import org.junit.jupiter.api.Test;
import veil.audit.finding.Evidence;
import veil.audit.finding.Finding;
import veil.audit.finding.FindingType;
import veil.audit.finding.Severity;
import veil.audit.header.HeaderAudit;
import veil.audit.reports.ReportAudit;
import veil.deid.text.PhiScanner;
import veil.deid.text.io.TextDocument;

/** Hand-built headers with one known residual identifier each: each is flagged where it is; a clean one is not. */
class HeaderAuditTest {

    private static final HeaderAudit AUDIT = HeaderAudit.basic();

    static AttributeList clean() throws Exception {
        AttributeList l = new AttributeList();
        put(l, new UniqueIdentifierAttribute(TagFromName.SOPClassUID), SOPClass.ComputedRadiographyImageStorage);
        put(l, new UniqueIdentifierAttribute(TagFromName.SOPInstanceUID), "2.25.1234567890123456789");
        put(l, new UniqueIdentifierAttribute(TagFromName.StudyInstanceUID), "2.25.2234567890123456789");
        put(l, new UniqueIdentifierAttribute(TagFromName.SeriesInstanceUID), "2.25.3234567890123456789");
        put(l, new PersonNameAttribute(TagFromName.PatientName), "VEILK3J9X2ZP");
        put(l, new LongStringAttribute(TagFromName.PatientID), "VEILK3J9X2ZP");
        put(l, new CodeStringAttribute(TagFromName.Modality), "CR");
        put(l, new LongStringAttribute(TagFromName.StudyDescription), "CHEST PA AND LATERAL");
        put(l, new CodeStringAttribute(TagFromName.PatientIdentityRemoved), "YES");
        put(l, new CodeStringAttribute(TagFromName.BurnedInAnnotation), "NO");
        return l;
    }

    static void put(AttributeList l, com.pixelmed.dicom.Attribute a, String v) throws Exception {
        a.addValue(v);
        l.put(a);
    }

    private static List<Finding> atLeastMedium(AttributeList l) {
        return AUDIT.audit(l, "f.dcm", true).findings().stream().filter(f -> f.severity().atLeast(Severity.MEDIUM)).toList();
    }

    @Test
    void aCleanHeaderHasNoFindingAtMediumOrAbove() throws Exception {
        assertThat(atLeastMedium(clean())).isEmpty();
    }

    @Test
    void aNameInAStandardAttributeIsFlaggedAtItsPath() throws Exception {
        AttributeList l = clean();
        put(l, new PersonNameAttribute(TagFromName.ReferringPhysicianName), "SMITH^JOHN");
        assertThat(atLeastMedium(l)).anySatisfy(f -> {
            assertThat(f.location()).isEqualTo("ReferringPhysicianName");
            assertThat(f.type()).isEqualTo(FindingType.NAME);
            assertThat(f.evidence()).isEqualTo("S**** J***");
        });
    }

    @Test
    void theInstancesOwnNameInADescriptionIsFlagged() throws Exception {
        AttributeList l = clean();
        put(l, new PersonNameAttribute(TagFromName.OperatorsName), "QUIMBY^HAROLD");
        l.remove(TagFromName.StudyDescription);
        put(l, new LongStringAttribute(TagFromName.StudyDescription), "CHEST PA QUIMBY");
        assertThat(atLeastMedium(l)).anySatisfy(f -> assertThat(f.location()).startsWith("StudyDescription chars 9-15"));
    }

    @Test
    void aPrivateAttributeOffTheSafeListIsFlagged() throws Exception {
        AttributeList l = clean();
        put(l, new LongStringAttribute(new AttributeTag(0x0009, 0x0010)), "ACME HOSPITAL SYSTEMS");
        put(l, new LongStringAttribute(new AttributeTag(0x0009, 0x1001)), "WARD 7");
        assertThat(atLeastMedium(l)).anySatisfy(f -> {
            assertThat(f.type()).isEqualTo(FindingType.PRIVATE);
            assertThat(f.location()).isEqualTo("(0009,1001)");
        });
    }

    @Test
    void aNameInANestedItemIsFlaggedWithTheItemPath() throws Exception {
        AttributeList l = clean();
        SequenceAttribute sq = new SequenceAttribute(TagFromName.RequestAttributesSequence);
        AttributeList item = new AttributeList();
        put(item, new PersonNameAttribute(TagFromName.ScheduledPerformingPhysicianName), "DOE^JANE");
        sq.addItem(item);
        l.put(sq);
        assertThat(atLeastMedium(l)).anySatisfy(f ->
                assertThat(f.location()).isEqualTo("RequestAttributesSequence[0]/ScheduledPerformingPhysicianName"));
    }

    @Test
    void identifiersInSrContentAreFlaggedByTheTextScanner() throws Exception {
        AttributeList l = clean();
        SequenceAttribute content = new SequenceAttribute(TagFromName.ContentSequence);
        AttributeList item = new AttributeList();
        put(item, new CodeStringAttribute(TagFromName.ValueType), "TEXT");
        put(item, new UnlimitedTextAttribute(TagFromName.TextValue),
                "Patient John Smith, MRN 48213377, was seen on 03/04/2021. No acute findings.");
        content.addItem(new AttributeList());
        content.addItem(item);
        l.put(content);
        List<Finding> f = atLeastMedium(l);
        assertThat(f).filteredOn(x -> x.location().startsWith("ContentSequence[1]/TextValue"))
                .extracting(Finding::type).contains(FindingType.NAME);
    }

    @Test
    void anAttributeTheProfileRemovesIsFlaggedHighWhenIdentifying() throws Exception {
        AttributeList l = clean();
        put(l, new LongStringAttribute(TagFromName.OtherPatientIDs), "MRN-55512");
        assertThat(atLeastMedium(l)).anySatisfy(f -> {
            assertThat(f.type()).isEqualTo(FindingType.REMOVED_ATTRIBUTE);
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
        });
    }

    @Test
    void originalLookingUidsAndMissingFlagsAreReported() throws Exception {
        AttributeList l = clean();
        l.remove(TagFromName.SOPInstanceUID);
        put(l, new UniqueIdentifierAttribute(TagFromName.SOPInstanceUID), "1.3.12.2.1107.5.3.4.1");
        l.remove(TagFromName.PatientIdentityRemoved);
        l.remove(TagFromName.BurnedInAnnotation);
        put(l, new CodeStringAttribute(TagFromName.BurnedInAnnotation), "YES");
        List<Finding> all = AUDIT.audit(l, "f.dcm", true).findings();
        assertThat(all).extracting(Finding::type).contains(FindingType.UID, FindingType.IDENTITY_FLAG, FindingType.BURNED_IN_FLAG);
        assertThat(all).filteredOn(f -> f.type() == FindingType.UID).singleElement()
                .satisfies(f -> assertThat(f.check()).isEqualTo("original-looking UID"));
    }

    @Test
    void reportTextsAreScannedWithCharacterOffsets() {
        String text = "Dictated by Dr. Alice Brennan. Call 555-201-3344 with questions.";
        List<Finding> f = new ReportAudit(PhiScanner.shared()).audit(new TextDocument("r1.txt", null, text));
        assertThat(f).anySatisfy(x -> {
            assertThat(x.type()).isEqualTo(FindingType.NAME);
            assertThat(x.location()).startsWith("chars ");
        });
        assertThat(f).extracting(Finding::evidence).noneMatch(e -> e.contains("Brennan") || e.contains("3344"));
    }

    @Test
    void evidenceKeepsTheFirstCharacterOfEachWordOnly() {
        assertThat(Evidence.mask("JOHN DOE")).isEqualTo("J*** D**");
        assertThat(Evidence.mask("19650312")).isEqualTo("1*******");
    }

    private static final HeaderAudit RESEARCH = HeaderAudit.of(
            veil.rules.RuleSet.compile(veil.rules.ProfileLoader.load("research"), java.util.Set.of()));

    private static List<Finding> accession(String value, com.pixelmed.dicom.AttributeTag tag) throws Exception {
        AttributeList l = clean();
        put(l, new com.pixelmed.dicom.ShortStringAttribute(tag), value);
        return RESEARCH.audit(l, "f.dcm", true).findings().stream().filter(f -> f.severity().atLeast(Severity.MEDIUM)).toList();
    }

    @Test
    void veilsOwnKeyedHashInAHashedAttributeIsNoResidualId() throws Exception {
        // Accession Number under the research profile is a keyed base-32 hash, which can start "ID" and carry digits.
        for (String hash : List.of("ID6FEYRM3PH62OAH", "A2B7QKX3M5ZR4TWE", "MRN4KQ2ZTW7PXY3A")) {
            assertThat(accession(hash, TagFromName.AccessionNumber)).as(hash).isEmpty();
        }
    }

    @Test
    void aRealIdentifierLeftInAHashedAttributeIsStillFlagged() throws Exception {
        assertThat(accession("ID 4471902", TagFromName.AccessionNumber)).as("an ID with a label")
                .anySatisfy(f -> assertThat(f.type()).isEqualTo(FindingType.ID));
        assertThat(accession("MRN18834091", TagFromName.AccessionNumber)).as("0, 1, 8, 9 are no base-32 characters")
                .anySatisfy(f -> assertThat(f.type()).isEqualTo(FindingType.ID));
    }

    @Test
    void aKeyedHashShapeOutsideAHashedAttributeIsScannedAsUsual() throws Exception {
        // Study Description is free text the profile cleans, not hashes: the same token is judged by the scanner there.
        AttributeList l = clean();
        put(l, new LongStringAttribute(TagFromName.StudyDescription), "ID6FEYRM3PH62OAH");
        assertThat(RESEARCH.audit(l, "f.dcm", true).findings()).filteredOn(f -> f.type() == FindingType.ID).isNotEmpty();
    }
}
