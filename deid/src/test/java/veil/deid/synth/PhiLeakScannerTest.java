package veil.deid.synth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PhiLeakScannerTest {
    private final PhiLeakScanner scanner = new PhiLeakScanner(List.of(
            new SeededPhi("BERGSTRÖM", PhiKind.NAME_COMPONENT, "patient-01"),
            new SeededPhi("PX1234567", PhiKind.IDENTIFIER, "patient-01")));

    @Test
    void findsValuesInAnyCaseInLatin1OrUtf8Bytes(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("a.dcm"), "..bergström..".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("b.dcm"), "..Bergström..".getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("c.dcm"), "..BERGSTROM and PX123456..".getBytes(StandardCharsets.UTF_8));
        List<PhiLeak> leaks = scanner.scan(dir);
        assertThat(leaks).extracting(l -> l.file().getFileName().toString()).containsExactly("a.dcm", "b.dcm");
        assertThat(leaks).noneMatch(PhiLeak::inPath);
    }

    @Test
    void findsValuesInRelativePathsOnly(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("px1234567"));
        Files.writeString(folder.resolve("x.dcm"), "clean");
        assertThat(scanner.scan(folder)).isEmpty();
        assertThat(scanner.scan(dir)).singleElement().satisfies(leak -> assertThat(leak.inPath()).isTrue());
    }
}
