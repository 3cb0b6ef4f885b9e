package veil.ocr.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateReaderTest {

    private static final LocalDate D = LocalDate.of(2024, 3, 15);

    @Test
    void readsTheFormatsModalitiesPrint() {
        for (String s : new String[]{"2024-03-15", "15/03/2024", "03/15/2024", "15.03.2024", "20240315",
                "15-MAR-2024", "Mar 15, 2024", "15 March 2024", "03-15-24", "DOB:15/03/2024"}) {
            assertThat(DateReader.read(s)).as(s).contains(D);
        }
    }

    @Test
    void forgivesLetterForDigitSlipsInsideNumbers() {
        assertThat(DateReader.read("2O24-03-l5")).contains(D);
    }

    @Test
    void readsNoDateFromOrdinaryWords() {
        assertThat(DateReader.read("PORTABLE")).isEmpty();
        assertThat(DateReader.read("10:42")).isEmpty();
    }
}
