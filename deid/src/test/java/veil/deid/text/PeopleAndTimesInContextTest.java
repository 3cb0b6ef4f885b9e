package veil.deid.text;

import static org.assertj.core.api.Assertions.assertThat;
import static veil.deid.text.Scanned.all;
import static veil.deid.text.Scanned.found;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 9, second round: the kinds of misses and false alarms a blind run showed (names set off by commas,
 * role words before a name, sign-off lines, initials lines with dictation fields, clock times after
 * "bedside" or a placeholder), in this test's own wording, in every casing.
 */
class PeopleAndTimesInContextTest {
    /** The names found in the text written in the given casing, lower-cased for comparison. */
    private static java.util.List<String> names(String text, String casing) {
        return found(cased(text, casing), PhiType.NAME).stream().map(x -> x.toLowerCase(Locale.ROOT)).toList();
    }

    private static String cased(String t, String casing) {
        return switch (casing) {
            case "upper" -> t.toUpperCase(Locale.ROOT);
            case "lower" -> t.toLowerCase(Locale.ROOT);
            default -> t;
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"mixed", "upper", "lower"})
    void aNameSetOffByCommasAfterARoleWordIsFound(String casing) {
        assertThat(names("Reviewed with her pulmonologist, Quandrell, who agrees with the plan.", casing)).containsExactly("quandrell");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mixed", "upper", "lower"})
    void aRoleWordBeforeAKnownNameThatIsAlsoAWordIsAName(String casing) {
        assertThat(names("Resident Madden at bedside 0215 for line change.", casing)).containsExactly("madden");
        assertThat(found(cased("Resident Madden at bedside 0215 for line change.", casing), PhiType.TIME)).containsExactly("0215");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mixed", "upper", "lower"})
    void aSignOffLineOfSurnameAndCredentialIsAName(String casing) {
        assertThat(names("Lungs clear.\nMason, RN\n", casing)).containsExactly("mason");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mixed", "upper", "lower"})
    void perBeforeANameAndCredentialIsNotPartOfTheName(String casing) {
        assertThat(names("Per Quandrell, NP, wean FiO2 as tolerated.", casing)).containsExactly("quandrell");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mixed", "upper", "lower"})
    void anElectronicSignatureAfterACommaIsAName(String casing) {
        assertThat(names("No change.\nElectronically signed, Quandrell Vexmoor\n", casing)).containsExactly("quandrell vexmoor");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jt/kb d: 3/14 t: 3/15", "JT/KB D: 3/14 T: 3/15", "jsmith/kb D: 3/14 T: 3/15"})
    void anInitialsLineFollowedByDictationDatesIsAName(String line) {
        String t = "Return in 4 weeks.\n" + line + "\n";
        assertThat(found(t, PhiType.NAME)).hasSize(1);
        assertThat(found(t, PhiType.DATE)).containsExactly("3/14", "3/15");
    }

    @ParameterizedTest
    @ValueSource(strings = {"WET READ: ___ ___ 0548 no pneumothorax.", "Film obtained ___ 2210 after repositioning."})
    void aClockTimeAfterAPlaceholderIsATime(String t) {
        assertThat(found(t, PhiType.TIME)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mixed", "upper", "lower"})
    void hardNegativesStayClean(String casing) {
        for (String t : new String[] {"Nurse line for questions. Endo: RISS, FS 160s.", "I/O +1.2 L. Dr. aware.",
                "Strength 5/5 in all extremities; BP 120/80, HR 88. Given 1000 mL at bedside.", "Husband, son and daughter at bedside."}) {
            assertThat(all(cased(t, casing))).as(cased(t, casing)).isEmpty();
        }
    }
}
