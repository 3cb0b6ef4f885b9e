package veil.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetTest {

    private static final int STUDY_UID = 0x0020000D;
    private static final int STUDY_DATE = 0x00080020;
    private static final int INSTITUTION_NAME = 0x00080080;
    private static final int SERIES_DATE = 0x00080021;
    private static final int OVERLAY_DATA = 0x60003000;
    private static final HeaderValues NONE = k -> null;

    @TempDir
    Path dir;

    private static Action action(RuleSet set, int tag, HeaderValues h) {
        return set.forStandard(tag, h).orElseThrow().action();
    }

    @Test
    void theBasicProfileFollowsTableE11() {
        RuleSet basic = RuleSet.compile(ProfileLoader.load("basic"), Set.of());
        assertThat(action(basic, STUDY_UID, NONE)).isEqualTo(Action.NEW_UID);
        assertThat(action(basic, STUDY_DATE, NONE)).isEqualTo(Action.EMPTY);
        assertThat(action(basic, OVERLAY_DATA, NONE)).isEqualTo(Action.REMOVE);   // (60xx,3000) wildcard row
        assertThat(action(basic, INSTITUTION_NAME, NONE)).isInstanceOf(Action.Choice.class);
        assertThat(basic.forStandard(0x00280010, NONE)).isEmpty();                  // Rows: not in the table, kept
    }

    @Test
    void optionsSwitchTheTableToTheirColumn() {
        RuleSet kept = RuleSet.compile(ProfileLoader.load("basic"), Set.of(DeidOption.RETAIN_UIDS, DeidOption.RETAIN_INSTITUTION_IDENTITY));
        assertThat(action(kept, STUDY_UID, NONE)).isEqualTo(Action.KEEP);
        assertThat(action(kept, INSTITUTION_NAME, NONE)).isEqualTo(Action.KEEP);
        RuleSet shifted = RuleSet.compile(ProfileLoader.load("basic"), Set.of(DeidOption.RETAIN_LONG_MODIFIED_DATES));
        assertThat(action(shifted, STUDY_DATE, NONE)).isEqualTo(Action.CLEAN);
    }

    @Test
    void whenTwoOptionsDisagreeTheMoreProtectiveWins() {
        // Date of Last Detector Calibration: K under retain-device-identity, C under retain-long-modified-dates.
        RuleSet both = RuleSet.compile(ProfileLoader.load("basic"),
                Set.of(DeidOption.RETAIN_DEVICE_IDENTITY, DeidOption.RETAIN_LONG_MODIFIED_DATES));
        assertThat(action(both, 0x0018700C, NONE)).isEqualTo(Action.CLEAN);
    }

    @Test
    void combinedCodesResolveByTypeElseStrictest() {
        Action.Choice xzd = (Action.Choice) ActionCode.parse("X/Z/D");
        assertThat(xzd.resolve(1)).isEqualTo(Action.DUMMY);
        assertThat(xzd.resolve(2)).isEqualTo(Action.EMPTY);
        assertThat(xzd.resolve(3)).isEqualTo(Action.REMOVE);
        assertThat(xzd.resolve(0)).isEqualTo(Action.REMOVE);
        assertThat(IodTypes.get().typeOf(0x00080023, "1.2.840.10008.5.1.4.1.1.88.22")).isEqualTo(1);   // SR Content Date
        assertThat(IodTypes.get().typeOf(0x00080023, "1.2.840.10008.5.1.4.1.1.1")).isEqualTo(2);
        assertThat(IodTypes.get().typeOf(SERIES_DATE, null)).isEqualTo(3);
    }

    @Test
    void profileRulesOverrideTheTableAndLaterRulesWin() throws IOException {
        Path p = dir.resolve("p.yaml");
        Files.writeString(p, """
                extends: basic
                rules:
                  - tag: StudyDate
                    action: keep
                  - tag: StudyDate
                    action: dummy
                  - tag: "(0008,002x)"
                    action: remove
                    when: {Modality: US}
                """);
        RuleSet set = RuleSet.compile(ProfileLoader.load(p.toString()), Set.of());
        HeaderValues ct = k -> Map.of("Modality", "CT").get(k);
        HeaderValues us = k -> Map.of("Modality", "us").get(k);
        assertThat(action(set, STUDY_DATE, ct)).isEqualTo(Action.DUMMY);
        assertThat(action(set, STUDY_DATE, us)).isEqualTo(Action.REMOVE);   // later wildcard rule, condition matches
        assertThat(action(set, SERIES_DATE, ct)).isInstanceOf(Action.Choice.class);
    }

    @Test
    void privateRulesMatchByCreatorInWhateverBlockItHolds() throws IOException {
        Path p = dir.resolve("priv.yaml");
        Files.writeString(p, """
                extends: basic
                rules:
                  - private: {creator: "ACME 1.0", group: "0019", element: "0C"}
                    action: keep
                """);
        RuleSet set = RuleSet.compile(ProfileLoader.load(p.toString()), Set.of());
        assertThat(set.forPrivate("ACME 1.0", 0x0019100C, NONE)).isPresent();
        assertThat(set.forPrivate("acme 1.0 ", 0x0019110C, NONE)).isPresent();
        assertThat(set.forPrivate("OTHER", 0x0019100C, NONE)).isEmpty();
        assertThat(set.forPrivate("ACME 1.0", 0x0019100D, NONE)).isEmpty();
    }

    @Test
    void pixelCleaningTriggersHonourTheirOption() {
        HeaderValues us = k -> Map.of("Modality", "US", "Rows", "480").get(k);
        HeaderValues burned = k -> Map.of("Modality", "CR", "BurnedInAnnotation", "YES").get(k);
        RuleSet basic = RuleSet.compile(ProfileLoader.load("basic"), Set.of());
        assertThat(basic.pixelCleaningTrigger(us)).isEmpty();
        assertThat(basic.pixelCleaningTrigger(burned)).isPresent();
        RuleSet cleaning = RuleSet.compile(ProfileLoader.load("basic"), Set.of(DeidOption.CLEAN_PIXEL_DATA));
        assertThat(cleaning.pixelCleaningTrigger(us)).isPresent();
    }

    @Test
    void withCleanPixelDataEveryImageIsScreenedAndInstancesWithoutPixelsAreNot() {
        HeaderValues ct = k -> Map.of("Modality", "CT", "Rows", "512", "BurnedInAnnotation", "NO").get(k);
        HeaderValues sr = k -> Map.of("Modality", "SR").get(k);
        RuleSet cleaning = RuleSet.compile(ProfileLoader.load("basic"), Set.of(DeidOption.CLEAN_PIXEL_DATA));
        assertThat(cleaning.pixelCleaningTrigger(ct)).isPresent();
        assertThat(cleaning.pixelCleaningTrigger(sr)).isEmpty();
        assertThat(RuleSet.compile(ProfileLoader.load("basic"), Set.of()).pixelCleaningTrigger(ct)).isEmpty();
    }

    @Test
    void theTableHasAllItsAttributes() {
        assertThat(ConfidentialityTable.get().rows()).hasSize(620);   // 621 rows less "private attributes", handled by default
    }
}
