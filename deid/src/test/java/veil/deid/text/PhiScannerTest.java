package veil.deid.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhiScannerTest {
    private final PhiScanner scanner = PhiScanner.shared();

    private List<String> found(String text, PhiType type) {
        return scanner.scan(text).stream().filter(f -> f.type() == type).map(f -> text.substring(f.start(), f.end())).toList();
    }

    private List<String> all(String text) {
        return scanner.scan(text).stream().map(f -> text.substring(f.start(), f.end())).toList();
    }

    @Test
    void findsCliniciansByTitleCredentialAndCue() {
        String t = "Findings discussed with Dr. Okafor at the bedside. Reviewed by Jane Whitfield, MD. Paged Hollis Brandt.";
        assertThat(found(t, PhiType.NAME)).contains("Okafor", "Jane Whitfield", "Hollis Brandt");
    }

    @Test
    void findsNamesThatAreAlsoOrdinaryWordsWhenContextSaysSo() {
        assertThat(found("Results were called to Hope Brown by phone.", PhiType.NAME)).contains("Hope Brown");
    }

    @Test
    void findsInitialledAndInvertedNames() {
        assertThat(all("Signed electronically by Fanning, Tessie on the ward.")).contains("Fanning, Tessie");
        assertThat(all("Prepared by T. Weaving with the team.")).anyMatch(s -> s.contains("Weaving"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"03/14/2019", "3/14", "14-Mar-2019", "March 14th", "2019-03-14", "March 14, 2019", "14 March 2019", "Mar. 14"})
    void findsDatesInEveryFormat(String date) {
        String t = "Comparison is made to the study of " + date + " which showed effusion.";
        assertThat(found(t, PhiType.DATE)).anyMatch(s -> s.contains(date.replace(".", "").split(" ")[0].replace(",", "")));
    }

    @Test
    void findsTheOrdinalDayOfMonth() {
        assertThat(found("The line was placed on the 14th and is unchanged.", PhiType.DATE)).containsExactly("14th");
    }

    @Test
    void keepsTheYearAloneAndMeasurements() {
        String t = "Surgery in 2019. Nodule measures 1.2 cm, unchanged over 2 years; ETT 5 cm above the carina. "
                + "About 2/3 of the right hemithorax is opacified; strength 5/5, grade 3/4. T4-T5 narrowing. ICD-10 J18.9.";
        assertThat(scanner.scan(t)).isEmpty();
    }

    @Test
    void flagsAgesOver89Only() {
        assertThat(found("93-year-old woman with cough.", PhiType.AGE)).containsExactly("93");
        assertThat(found("65-year-old woman with cough.", PhiType.AGE)).isEmpty();
    }

    @Test
    void findsIdentifiersAndContactDetails() {
        String t = "MRN: 4482913. Accession # A20455123. SSN 123-45-6789. Call (617) 555-0134 or pager 4417, "
                + "j.doe@mercyhealth.org, https://pacs.mercyhealth.org/view/123 from 10.2.33.14 at 14:35.";
        assertThat(all(t)).contains("4482913", "A20455123", "123-45-6789", "(617) 555-0134", "4417",
                "j.doe@mercyhealth.org", "https://pacs.mercyhealth.org/view/123", "10.2.33.14", "14:35");
    }

    @Test
    void findsAddressesPlacesAndFacilities() {
        String t = "Lives at 12 Maple Street, Springfield, IL 62704. Transferred from St. Agnes Medical Center to the Osler Ward.";
        assertThat(all(t)).contains("12 Maple Street", "Springfield", "62704", "St. Agnes Medical Center", "Osler Ward");
    }

    @Test
    void eponymsAndDevicesAreNotNames() {
        String t = "Foley catheter in place. Swan-Ganz catheter tip in the right pulmonary artery. History of Hodgkin lymphoma "
                + "and Parkinson disease. Down syndrome. Kerley B lines.";
        assertThat(found(t, PhiType.NAME)).isEmpty();
    }

    @Test
    void countsExistingPlaceholdersWithoutFlaggingThem() {
        ScanResult r = scanner.analyse("Discussed with Dr. ___ on ___. XXXX-year-old. Seen at [** Hospital 1234 **].");
        assertThat(r.placeholders()).isEqualTo(4);
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void scansShoutedReports() {
        String t = "DISCUSSED WITH DR. HOLLIS BRANDT AT 14:35. TRANSFERRED FROM MERCY GENERAL HOSPITAL, 12 MAPLE STREET, BOSTON, MA 02114.";
        assertThat(all(t)).anyMatch(s -> s.contains("HOLLIS BRANDT")).contains("MERCY GENERAL HOSPITAL", "02114");
    }

    @Test
    void findingsAreSortedAndDisjoint() {
        String t = "Dr. John Smith, MD called 617-555-0134 on 03/14/2019 at 10:45 about MRN 1234567.";
        List<Finding> f = scanner.scan(t);
        for (int i = 1; i < f.size(); i++) assertThat(f.get(i).start()).isGreaterThanOrEqualTo(f.get(i - 1).end());
    }

    @Test
    void givesTheSameAnswerFromSeveralThreads() throws Exception {
        String t = "Findings discussed with Dr. Okafor on 03/14/2019 at 10:45; MRN 4482913.";
        List<Finding> expected = scanner.scan(t);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Finding>>> results = pool.invokeAll(java.util.Collections.nCopies(16, () -> scanner.scan(t)));
            for (Future<List<Finding>> r : results) assertThat(r.get()).isEqualTo(expected);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void handlesRunsWithoutSpacesAndVeryLongSentences() {
        String url = "https://example.org/" + "a".repeat(20_000);
        assertThat(found("See " + url + " now.", PhiType.URL)).containsExactly(url);
        String list = "Mentioned: " + "Okafor, ".repeat(3_000) + "end.";
        assertThat(found(list, PhiType.NAME)).hasSizeGreaterThan(2_900);
    }

    @Test
    void blankTextHasNoFindings() {
        assertThat(scanner.scan("")).isEmpty();
        assertThat(scanner.scan("   \n")).isEmpty();
    }
}
