package veil.qa.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StringIntMapTest {
    @Test
    void growsAndKeepsEveryKey() {
        StringIntMap m = new StringIntMap(2);
        for (int i = 0; i < 100_000; i++) assertThat(m.putIfAbsent("k" + i, i)).isEqualTo(i);
        assertThat(m.size()).isEqualTo(100_000);
        for (int i = 0; i < 100_000; i += 997) assertThat(m.get("k" + i)).isEqualTo(i);
        assertThat(m.putIfAbsent("k5", 42)).isEqualTo(5);
        m.put("k5", 42);
        assertThat(m.get("k5")).isEqualTo(42);
        assertThat(m.get("missing")).isEqualTo(-1);
        // keys with equal hash codes
        m.put("Aa", 1);
        m.put("BB", 2);
        assertThat(m.get("Aa")).isEqualTo(1);
        assertThat(m.get("BB")).isEqualTo(2);
    }
}
