package veil.deid.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.TagFromName;
import java.util.Set;
import org.junit.jupiter.api.Test;
import veil.rules.ProfileLoader;
import veil.rules.RuleSet;

/** Kept values are checked against their VR: one that fails is removed, replaced with a dummy, or the instance refused. */
class InvalidValueTest {

    private static final String NAME = "DOE^JOHN";
    private final RuleSet rules = RuleSet.compile(ProfileLoader.load("basic"), Set.of());

    private InstanceContext apply(AttributeList l) throws Exception {
        InstanceContext ctx = HeaderDeidentifierTest.context(rules, l);
        new HeaderDeidentifier(rules, HeaderDeidentifierTest.UIDS, HeaderDeidentifierTest.KEY.derive("hash"),
                veil.deid.text.TextCleaner.PLACEHOLDER).apply(l, ctx);
        return ctx;
    }

    private static AttributeList with(AttributeTag tag, String value) throws Exception {
        AttributeList l = HeaderDeidentifierTest.instance("20200301");
        HeaderDeidentifierTest.put(l, tag, value);
        return l;
    }

    private static String dump(AttributeList l) {
        return l.toString();
    }

    @Test
    void aNameInANumberIsRemovedAndTheWarningNamesTheAttributeNotTheValue() throws Exception {
        AttributeList l = with(TagFromName.InstanceNumber, NAME);
        HeaderDeidentifierTest.put(l, TagFromName.SliceThickness, "SMITH");
        HeaderDeidentifierTest.put(l, TagFromName.ImageComments, "ok");
        InstanceContext ctx = apply(l);
        assertThat(l.get(TagFromName.InstanceNumber)).isNull();
        assertThat(l.get(TagFromName.SliceThickness)).isNull();
        assertThat(dump(l)).doesNotContain("DOE").doesNotContain("SMITH");
        assertThat(ctx.warnings()).contains("InstanceNumber: value not valid for VR IS; removed",
                "SliceThickness: value not valid for VR DS; removed");
        assertThat(String.join(" ", ctx.warnings())).doesNotContain("DOE").doesNotContain("SMITH");
    }

    @Test
    void validNumbersAndCodesAreKept() throws Exception {
        AttributeList l = with(TagFromName.InstanceNumber, "12");
        HeaderDeidentifierTest.put(l, TagFromName.SliceThickness, "2.5");
        apply(l);
        assertThat(HeaderDeidentifierTest.value(l, TagFromName.InstanceNumber)).isEqualTo("12");
        assertThat(HeaderDeidentifierTest.value(l, TagFromName.SliceThickness)).isEqualTo("2.5");
        assertThat(HeaderDeidentifierTest.value(l, TagFromName.Modality)).isEqualTo("CR");
    }

    @Test
    void anInvalidType1CodeIsReplacedWithAValidDummy() throws Exception {
        AttributeList l = with(TagFromName.Modality, "Dr Smith");
        InstanceContext ctx = apply(l);
        assertThat(HeaderDeidentifierTest.value(l, TagFromName.Modality)).isEqualTo("ANONYMIZED");
        assertThat(ctx.warnings()).contains("Modality: value not valid for VR CS; replaced with a dummy");
    }

    @Test
    void aNameInNumberOfFramesOfAnImageRefusesTheInstance() throws Exception {
        AttributeList l = with(TagFromName.NumberOfFrames, NAME);   // the instance has Rows: pixel data depends on it
        assertThatThrownBy(() -> apply(l)).isInstanceOf(InvalidInstanceException.class)
                .hasMessage("NumberOfFrames is not a valid IS value and the pixel data depends on it")
                .hasMessageNotContaining("DOE");
    }

    @Test
    void aNameInNumberOfFramesWithoutPixelsIsOnlyRemoved() throws Exception {
        AttributeList l = with(TagFromName.NumberOfFrames, NAME);
        l.remove(TagFromName.Rows);
        apply(l);
        assertThat(l.get(TagFromName.NumberOfFrames)).isNull();
    }

    @Test
    void aNameInTheSopClassUidRefusesTheInstance() throws Exception {
        AttributeList l = with(TagFromName.SOPClassUID, "1.2.840.DOE");
        assertThatThrownBy(() -> apply(l)).isInstanceOf(InvalidInstanceException.class)
                .hasMessage("SOPClassUID is not a valid UI value: the instance cannot be written correctly");
    }

    @Test
    void aNameInTheTransferSyntaxUidRefusesTheInstance() throws Exception {
        AttributeList l = with(TagFromName.TransferSyntaxUID, "1.2.840.10008.1.2.1^DOE");
        assertThatThrownBy(() -> apply(l)).isInstanceOf(InvalidInstanceException.class)
                .hasMessageStartingWith("Transfer Syntax UID is not a valid UID").hasMessageNotContaining("DOE");
    }

    @Test
    void anUndefinedCharacterSetIsRemovedWhenTheTextIsAscii() throws Exception {
        AttributeList l = with(TagFromName.SpecificCharacterSet, "DOE JOHN");
        InstanceContext ctx = apply(l);
        assertThat(l.get(TagFromName.SpecificCharacterSet)).isNull();
        assertThat(ctx.warnings()).contains("SpecificCharacterSet: not a defined term; removed");
    }

    @Test
    void anUndefinedCharacterSetWithNonAsciiTextRefusesTheInstance() throws Exception {
        AttributeList l = with(TagFromName.SpecificCharacterSet, "DOE JOHN");
        HeaderDeidentifierTest.put(l, TagFromName.Manufacturer, "Müller Medizintechnik");   // kept by basic
        assertThatThrownBy(() -> apply(l)).isInstanceOf(InvalidInstanceException.class)
                .hasMessageContaining("Specific Character Set is not a defined term").hasMessageNotContaining("DOE");
    }

    @Test
    void aDefinedCharacterSetIsKept() throws Exception {
        AttributeList l = with(TagFromName.SpecificCharacterSet, "ISO_IR 100");
        HeaderDeidentifierTest.put(l, TagFromName.Manufacturer, "Müller Medizintechnik");
        apply(l);
        assertThat(HeaderDeidentifierTest.value(l, TagFromName.SpecificCharacterSet)).isEqualTo("ISO_IR 100");
    }

    @Test
    void aNameUnderADefinedTagWithTheWrongVrIsRemoved() throws Exception {
        AttributeList l = HeaderDeidentifierTest.instance("20200301");
        // (0008,1050) PerformingPhysicianName with one bit flipped is (0008,1250) RelatedSeriesSequence, an SQ
        HeaderDeidentifierTest.putPrivate(l, new AttributeTag(0x0008, 0x1250), "PN", "GALLAGHER^BARTHOLOMEW");
        InstanceContext ctx = apply(l);
        assertThat(l.get(new AttributeTag(0x0008, 0x1250))).isNull();
        assertThat(ctx.warnings()).contains("RelatedSeriesSequence: VR PN where the dictionary says SQ; removed");
    }
}
