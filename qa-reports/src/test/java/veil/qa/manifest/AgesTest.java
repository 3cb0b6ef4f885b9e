package veil.qa.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgesTest {
    @Test
    void parsesManifestAndDicomAges() {
        assertThat(Ages.parse("58")).isEqualTo(58f);
        assertThat(Ages.parse("058Y")).isEqualTo(58f);
        assertThat(Ages.parse("58.0")).isEqualTo(58f);
        assertThat(Ages.parse(" 058y ")).isEqualTo(58f);
        assertThat(Ages.parse("006M")).isEqualTo(0.5f);
        assertThat(Ages.parse("")).isNaN();
        assertThat(Ages.parse("412")).isNaN();
        assertThat(Ages.parse("abc")).isNaN();
    }

    @Test
    void labelValues() {
        assertThat(LabelValue.parse("1.0")).isEqualTo(LabelValue.POSITIVE);
        assertThat(LabelValue.parse("-1.0")).isEqualTo(LabelValue.UNCERTAIN);
        assertThat(LabelValue.parse("-1")).isEqualTo(LabelValue.UNCERTAIN);
        assertThat(LabelValue.parse("0")).isEqualTo(LabelValue.NEGATIVE);
        assertThat(LabelValue.parse("")).isEqualTo(LabelValue.BLANK);
        assertThat(LabelValue.parse("maybe")).isEqualTo(LabelValue.INVALID);
    }
}
