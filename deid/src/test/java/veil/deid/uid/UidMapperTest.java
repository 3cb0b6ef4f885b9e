package veil.deid.uid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import veil.deid.keys.SecretKey;

class UidMapperTest {

    private final UidMapper mapper = new UidMapper(SecretKey.of(new byte[32]).derive("uid"));

    @Test
    void sameOriginalGivesSameValidUidAndDifferentOriginalsDiffer() {
        String a = mapper.map("1.2.3.4.5");
        assertThat(a).isEqualTo(mapper.map("1.2.3.4.5 ")).startsWith("2.25.").matches("2\\.25\\.[1-9]\\d*");
        assertThat(a.length()).isLessThanOrEqualTo(64);
        assertThat(mapper.map("1.2.3.4.6")).isNotEqualTo(a);
    }

    @Test
    void standardUidsAreNeverRemapped() {
        assertThat(mapper.map("1.2.840.10008.5.1.4.1.1.1")).isEqualTo("1.2.840.10008.5.1.4.1.1.1");
        assertThat(mapper.map("1.2.840.10008.1.2.1")).isEqualTo("1.2.840.10008.1.2.1");
    }

    @Test
    void anotherKeyGivesUnrelatedUids() {
        UidMapper other = new UidMapper(SecretKey.of(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}).derive("uid"));
        assertThat(other.map("1.2.3.4.5")).isNotEqualTo(mapper.map("1.2.3.4.5"));
    }
}
