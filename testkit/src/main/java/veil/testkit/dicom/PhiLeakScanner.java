package veil.testkit.dicom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Looks for seeded identifying strings in every file under a folder, in the file's relative path
 * and in its raw bytes, ignoring case, encoded both as ISO 8859-1 (the generated files' character
 * set) and UTF-8. Meant for small test sets: it reads each file whole.
 */
public final class PhiLeakScanner {
    private final List<Needle> needles;

    public PhiLeakScanner(Collection<SeededPhi> phi) {
        this.needles = phi.stream().map(Needle::new).toList();
    }

    public List<PhiLeak> scan(Path folder) throws IOException {
        List<PhiLeak> leaks = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String path = fold(folder.relativize(file).toString());
            String bytes = fold(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            for (Needle needle : needles) {
                if (needle.foundIn(path)) {
                    leaks.add(new PhiLeak(file, needle.phi, true));
                }
                if (needle.foundIn(bytes)) {
                    leaks.add(new PhiLeak(file, needle.phi, false));
                }
            }
        }
        return leaks;
    }

    /** Case folding that keeps one char per byte, so byte offsets and encodings stay comparable. */
    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static final class Needle {
        final SeededPhi phi;
        final String latin1;
        final String utf8;

        Needle(SeededPhi phi) {
            this.phi = phi;
            String value = fold(phi.value());
            this.latin1 = value;
            this.utf8 = fold(new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
        }

        boolean foundIn(String haystack) {
            return haystack.contains(latin1) || (!utf8.equals(latin1) && haystack.contains(utf8));
        }
    }
}
