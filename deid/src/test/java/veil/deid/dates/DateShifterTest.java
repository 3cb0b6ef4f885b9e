package veil.deid.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import veil.deid.keys.SecretKey;
import veil.deid.patient.PatientIdentity;

class DateShifterTest {

    @Test
    void shiftsFullPartialOldStyleAndRangeDates() {
        assertThat(DateShifter.shiftDate("20200301", -1)).isEqualTo("20200229");
        assertThat(DateShifter.shiftDate("2020.03.01", -1)).isEqualTo("20200229");
        assertThat(DateShifter.shiftDate("202003", -40)).isEqualTo("202002");
        assertThat(DateShifter.shiftDate("20200101-20200110", -1)).isEqualTo("20191231-20200109");
        assertThat(DateShifter.shiftDate("-20200110", -1)).isEqualTo("-20200109");
    }

    @Test
    void valuesThatAreNotDatesCannotBeShifted() {
        assertThat(DateShifter.shiftDate("March 3", -1)).isNull();
        assertThat(DateShifter.shiftDate("20201301", -1)).isNull();
    }

    @Test
    void dateTimesKeepTheirTimeAndZone() {
        assertThat(DateShifter.shiftDateTime("20200301123456.123456+0100", -1)).isEqualTo("20200229123456.123456+0100");
        assertThat(DateShifter.shiftDateTime("2020", -1)).hasSize(4);
    }

    @Test
    void eachPatientGetsOneStableShiftWithinTheRange() {
        DateShifter s = new DateShifter(SecretKey.of(new byte[32]).derive("date"), 365);
        PatientIdentity p = PatientIdentity.of("", "MRN1", "", "", "");
        int d = s.daysFor(p);
        assertThat(d).isBetween(-365, -1).isEqualTo(s.daysFor(PatientIdentity.of("", "MRN1", "X", "", "")));
        long distinct = java.util.stream.IntStream.range(0, 50)
                .map(i -> s.daysFor(PatientIdentity.of("", "MRN" + i, "", "", ""))).distinct().count();
        assertThat(distinct).isGreaterThan(40);
    }

    @Test
    void agesOver89BecomeNinety() {
        assertThat(Ages.cap("089Y")).isEqualTo("089Y");
        assertThat(Ages.cap("090Y")).isEqualTo("090Y");
        assertThat(Ages.cap("104Y")).isEqualTo("090Y");
        assertThat(Ages.cap("999M")).isEqualTo("999M");   // 83 years
        assertThat(Ages.cap("082W")).isEqualTo("082W");
        assertThat(Ages.cap("old")).isNull();
    }
}
