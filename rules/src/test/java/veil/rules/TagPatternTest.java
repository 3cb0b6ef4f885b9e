package veil.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TagPatternTest {

    @Test
    void exactTagMatchesOnlyItself() {
        TagPattern p = TagPattern.parse("(0010,0010)");
        assertThat(p.isExact()).isTrue();
        assertThat(p.matches(0x00100010)).isTrue();
        assertThat(p.matches(0x00100020)).isFalse();
    }

    @Test
    void repeatingGroupWildcardMatchesEveryGroupInTheRange() {
        TagPattern p = TagPattern.parse("(50xx,xxxx)");
        assertThat(p.matches(0x50000010)).isTrue();
        assertThat(p.matches(0x501E3000)).isTrue();
        assertThat(p.matches(0x60003000)).isFalse();
        assertThat(p).hasToString("(50xx,xxxx)");
    }

    @Test
    void rejectsTextThatIsNotATag() {
        assertThatThrownBy(() -> TagPattern.parse("(0010,001G)")).hasMessageContaining("bad hex digit");
        assertThatThrownBy(() -> TagPattern.parse("PatientName")).hasMessageContaining("not a tag");
    }
}
