package veil.deid.text.redact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateSurrogatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "03/14/2019|03/04/2019", "3/14/19|3/4/19", "2019-03-14|2019-03-04", "20190314|20190304", "3/14|3/4",
            "14-Mar-2019|4-Mar-2019", "March 14, 2019|March 4, 2019", "March 14th|March 4th", "14 March 2019|4 March 2019",
            "MARCH 14, 2019|MARCH 4, 2019", "01/05/2020|12/26/2019"})
    void keepsTheFormatAndMovesTheDate(String in, String expected) {
        assertThat(DateSurrogates.shift(in, -10)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void movesAMonthAndYearByItsMiddle() {
        assertThat(DateSurrogates.shift("March 2019", -40)).isEqualTo("February 2019");
        assertThat(DateSurrogates.shift("Mar 2019", -10)).isEqualTo("Mar 2019");
    }

    @ParameterizedTest
    @CsvSource({"14th", "13/45/2019", "yesterday"})
    void saysSoWhenItCannotReadTheDate(String in) {
        assertThat(DateSurrogates.shift(in, -10)).isNull();
    }
}
