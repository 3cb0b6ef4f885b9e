package veil.deid.text;

import static org.assertj.core.api.Assertions.assertThat;
import static veil.deid.text.Scanned.all;
import static veil.deid.text.Scanned.found;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import veil.deid.text.nlp.Recaser;
import veil.deid.text.redact.RedactionStyle;
import veil.deid.text.redact.Redactor;

/** Issue 9: telegraphic notes in any casing, medical vocabulary, places and facilities, untitled people, partial dates. */
class RealClinicalTextTest {
    private final PhiScanner scanner = PhiScanner.shared();

    // 1. any casing

    @Test
    void documentsInCapitalsOrLowerCaseAreRecognisedAsSuch() {
        assertThat(Recaser.casingOf("PT RESTING. HR 80S. WIFE AT BEDSIDE.")).isEqualTo(Recaser.Casing.UPPER);
        assertThat(Recaser.casingOf("pt resting. hr 80s. wife at bedside.")).isEqualTo(Recaser.Casing.LOWER);
        assertThat(Recaser.casingOf("Pt resting. HR 80s. Wife at bedside.")).isEqualTo(Recaser.Casing.MIXED);
    }

    @Test
    void aShoutedSectionInsideMixedTextIsReadWithoutCapitalEvidence() {
        String t = "Findings: lungs clear.\nADDENDUM: PT WITH RENAL INSUFFICIENCY ON HEPARIN GTT, SEEN BY DR HEALEY.\nNo effusion.";
        assertThat(found(t, PhiType.NAME)).containsExactly("HEALEY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pt seen by Dr. Healey, husband Bob at bedside.", "PT SEEN BY DR. HEALEY, HUSBAND BOB AT BEDSIDE.",
            "pt seen by dr. healey, husband bob at bedside."})
    void namesAreFoundInEveryCasing(String t) {
        assertThat(found(t, PhiType.NAME)).map(String::toLowerCase).containsExactly("healey", "bob");
    }

    // 2. medical vocabulary is no identifier, in any casing

    @ParameterizedTest
    @ValueSource(strings = {"PT WITH RENAL INSUFFICIENCY, ON HEPARIN GTT. S/P LCX PTCA. PULM HTN. HR 90S, IV LASIX GIVEN. ABG PENDING.",
            "pt with renal insufficiency, on heparin gtt. s/p lcx ptca. pulm htn. hr 90s, iv lasix given. abg pending.",
            "HX OF CABG, MVA, SYNCOPE. FOLEY AND PICC IN PLACE. SWAN-GANZ CATHETER REMOVED."})
    void clinicalAbbreviationsDrugsFindingsAndDevicesAreNotFlagged(String t) {
        assertThat(all(t)).isEmpty();
    }

    @Test
    void renalInsufficiencyIsNotAName() {
        assertThat(found("RENAL INSUFFICIENCY", PhiType.NAME)).isEmpty();
    }

    // 3. gazetteers with context

    @Test
    void anAmbiguousCityCountsAfterAPlaceCueOnly() {
        assertThat(found("Transferred from Rome yesterday.", PhiType.LOCATION)).containsExactly("Rome");
        assertThat(all("Rome criteria met for functional dyspepsia.")).isEmpty();
        assertThat(found("lives in orange with her son", PhiType.LOCATION)).containsExactly("orange");
        assertThat(all("Orange juice given with meds.")).isEmpty();
    }

    @Test
    void anUnambiguousTownIsFoundInAnyCasing() {
        assertThat(found("PT FROM CATONSVILLE, LIVES ALONE.", PhiType.LOCATION)).containsExactly("CATONSVILLE");
        assertThat(found("Moved here from Pikesville last year.", PhiType.LOCATION)).containsExactly("Pikesville");
    }

    @Test
    void facilitiesAndTheirShortFormsAreOrganizations() {
        String t = "transferred from holy cross. history at sacred heart memorial and kessler-adventist. Seen at St. Mary's ER, then BIDMC.";
        assertThat(found(t, PhiType.ORGANIZATION)).contains("holy cross", "sacred heart memorial", "kessler-adventist", "St. Mary's", "BIDMC");
        assertThat(found("TRANSFERRED FROM GOOD SAM FOR CATH.", PhiType.ORGANIZATION)).containsExactly("GOOD SAM");
    }

    @Test
    void anAmbiguousFacilityWordNeedsContext() {
        assertThat(all("Mercy of the disease course was discussed.")).isEmpty();
        assertThat(found("Admitted via Mercy ED overnight.", PhiType.ORGANIZATION)).containsExactly("Mercy");
    }

    @Test
    void inNormalSinusRhythmIsNoTownInCapitals() {
        assertThat(all("HR 72, IN NORMAL SINUS RHYTHM.")).isEmpty();
    }

    // 4. relatives and clinicians without titles

    @Test
    void relativesAndCliniciansWithoutTitlesAreNames() {
        assertThat(found("Husband Bob at bedside; daughter (Jane) called, updated.", PhiType.NAME)).containsExactly("Bob", "Jane");
        assertThat(found("Pt seen by healey this am, spoke with kelly re plan.", PhiType.NAME)).containsExactly("healey", "kelly");
    }

    @Test
    void lowerCaseOrdinaryWordsAfterACueAreNotNames() {
        assertThat(all("Discussed with radiology, called to bedside, seen by cardiology.")).isEmpty();
    }

    @Test
    void signOffsAreNames() {
        assertThat(found("Pain controlled.\n-- jsmith\n", PhiType.NAME)).containsExactly("jsmith");
        assertThat(found("Lungs clear.\nDictated by: kb\n", PhiType.NAME)).containsExactly("kb");
        assertThat(found("No change.\nJS/kb\n", PhiType.NAME)).containsExactly("JS/kb");
        assertThat(found("this is ann lowry dictating on the patient.", PhiType.NAME)).containsExactly("ann lowry");
    }

    // 5. partial and telegraphic dates, no fractions, ratios, doses or vitals

    @Test
    void partialDatesAreDates() {
        assertThat(found("CXR on 7/22 unchanged. Hx CABG 12/93. Seen on the 3rd; Jan 3 and 3/4/05.", PhiType.DATE))
                .containsExactly("7/22", "12/93", "3rd", "Jan 3", "3/4/05");
    }

    @Test
    void fractionsRatiosDosesAndVitalsAreNotDates() {
        assertThat(all("Strength 5/5 bilaterally. BP 120/80. Effusion fills 2/3 of the hemithorax. Pain 6/8 murmur. "
                + "ABG 7.38/42/88. Lasix 40 mg IV.")).isEmpty();
        assertThat(all("Transferred to the 3rd floor.")).isEmpty();
    }

    @Test
    void aTimeAfterADateOrADueIsATime() {
        assertThat(found("Note 9/18/2009 0020. PTT due 0106.", PhiType.TIME)).containsExactly("0020", "0106");
    }

    // 7. redaction of an ALL-CAPS note stays readable

    @Test
    void redactingACapitalNoteKeepsFindingsAndDevices() {
        String note = "PT WITH RENAL INSUFFICIENCY ON HEPARIN GTT. SWAN-GANZ AND FOLEY IN PLACE. LEFT PLEURAL EFFUSION.\n"
                + "SEEN BY DR HEALEY ON 7/22. WIFE MARTHA AT BEDSIDE.";
        String out = new Redactor(scanner, RedactionStyle.TAG, null).redact(note, "p1");
        assertThat(out).startsWith("PT WITH RENAL INSUFFICIENCY ON HEPARIN GTT. SWAN-GANZ AND FOLEY IN PLACE. LEFT PLEURAL EFFUSION.\n")
                .contains("DR [NAME] ON [DATE]", "WIFE [NAME] AT BEDSIDE")
                .doesNotContain("HEALEY", "MARTHA", "7/22");
    }
}
