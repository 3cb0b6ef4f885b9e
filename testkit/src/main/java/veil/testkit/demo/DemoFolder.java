package veil.testkit.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import veil.cli.UserError;

/** The demo's folder: recreated on every run, refusing to delete anything that is not an earlier demo. */
final class DemoFolder {

    static final String MARKER = ".veil-demo";

    private DemoFolder() { }

    static void recreate(Path dir) throws IOException {
        if (Files.exists(dir)) {
            if (!Files.exists(dir.resolve(MARKER))) {
                throw new UserError(dir + " exists and is not a Veil demo folder; choose another with --dir");
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(MARKER), "made by veil demo\n");
    }
}
