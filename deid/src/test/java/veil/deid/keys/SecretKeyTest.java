package veil.deid.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretKeyTest {

    @TempDir
    Path dir;

    @Test
    void aMissingKeyFileIsCreatedOwnerOnlyAndReusedAfterwards() throws Exception {
        Path file = dir.resolve("k/veil.key");
        SecretKey.Loaded first = SecretKey.loadOrCreate(file);
        assertThat(first.created()).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        SecretKey.Loaded second = SecretKey.loadOrCreate(file);
        assertThat(second.created()).isFalse();
        assertThat(second.key().derive("uid").hex("x", 16)).isEqualTo(first.key().derive("uid").hex("x", 16));
    }

    @Test
    void purposesGiveUnrelatedHashesAndTheKeyIsNeverPrinted() {
        SecretKey k = SecretKey.of(new byte[32]);
        assertThat(k.derive("uid").hex("x", 16)).isNotEqualTo(k.derive("date").hex("x", 16));
        assertThat(k.toString()).doesNotContain("00");
    }

    @Test
    void aKeyFileThatIsNotHexIsRefused() throws Exception {
        Path file = dir.resolve("bad.key");
        Files.writeString(file, "password123");
        assertThatThrownBy(() -> SecretKey.loadOrCreate(file)).hasMessageContaining("does not hold a hex key");
    }

    @Test
    void anAllZeroOrOneByteKeyIsRefusedWithoutPrintingIt() throws Exception {
        for (String hex : new String[] {"0".repeat(64), "ab".repeat(32)}) {
            Path file = dir.resolve("weak.key");
            Files.writeString(file, hex + "\n");
            assertThatThrownBy(() -> SecretKey.loadOrCreate(file))
                    .hasMessageContaining("trivially weak key").hasMessageNotContaining(hex.substring(0, 8));
        }
    }

    @Test
    void aKeyFileReadableByOthersIsReportedAndAnOwnerOnlyOneIsNot() throws Exception {
        Path file = dir.resolve("shared.key");
        Files.writeString(file, "0123456789abcdef".repeat(4));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(SecretKey.loadOrCreate(file).readableByOthers()).isTrue();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertThat(SecretKey.loadOrCreate(file).readableByOthers()).isFalse();
    }
}
