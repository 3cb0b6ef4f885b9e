package veil.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueGrammarTest {

    @ParameterizedTest(name = "{0} ''{1}'' valid={2}")
    @CsvSource(delimiter = '|', value = {
            "IS|12|true", "IS| -7 |true", "IS|+2147483647|true", "IS|2147483648|false", "IS|DOE^JOHN|false", "IS|1.5|false",
            "IS|1234567890123|false",
            "DS|2.5|true", "DS|-1e-3|true", "DS|.5|true", "DS|SMITH|false", "DS|1.2.3|false", "DS|12345678901234567|false",
            "UI|1.2.840.10008.5.1.4.1.1.1|true", "UI|1.2.0.3|true", "UI|1.02.3|false", "UI|1..2|false", "UI|1.2.|false",
            "UI|1.2.DOE|false", "UI|1.2.3.4.5.6.7.8.9.10.11.12.13.14.15.16.17.18.19.20.21.22.23.24.25.26.27.28.29|false",
            "CS|ISO_IR 100|true", "CS|ORIGINAL_PRIMARY|true", "CS|Dr Smith|false", "CS|DOE^JOHN|false", "CS|ABCDEFGHIJKLMNOPQ|false",
            "DA|20200229|true", "DA|20190229|false", "DA|20201301|false", "DA|2020-01-01|false", "DA|JOHN|false",
            "TM|101530.123|true", "TM|10|true", "TM|10:15:30|true", "TM|2500|false", "TM|SMITH|false",
            "DT|20200301101500+0100|true", "DT|2020|true", "DT|20200230|false", "DT|20200301X|false",
            "AS|095Y|true", "AS|12M|false", "AS|JOHN|false",
            "PN|DOE^JOHN|true", "LO|a\tb|false", "LT|a\tb|true", "UR|http://x.org/a|true", "UR|http://x.org/a b|false"})
    void valuesFollowTheirVrGrammar(String vr, String value, boolean valid) {
        assertThat(ValueGrammar.isValid(vr, value)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"US,2,true", "US,3,false", "UL,8,true", "UL,6,false", "FD,8,true", "FD,4,false", "OW,3,false", "OB,3,true"})
    void binaryLengthsAreWholeValues(String vr, long length, boolean fits) {
        assertThat(ValueGrammar.fitsBinaryLength(vr, length)).isEqualTo(fits);
    }
}
