package veil.ocr.learned;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Extracts ONNX Runtime's Linux natives once into a lasting folder and points {@code onnxruntime.native.path}
 * at it. Left alone, ONNX Runtime unpacks them into a fresh {@code /tmp/onnxruntime-java*} folder in every JVM
 * and leaves the folder behind.
 */
final class OnnxNatives {

    static final String PATH_PROPERTY = "onnxruntime.native.path";
    private static final String[] LIBRARIES = {"libonnxruntime.so", "libonnxruntime4j_jni.so"};

    private OnnxNatives() { }

    static synchronized void prepare(Path modelDir) {
        if (System.getProperty(PATH_PROPERTY) != null) return;
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String platform = arch.contains("aarch64") || arch.contains("arm64") ? "linux-aarch64" : "linux-x64";
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) return;
        String build = buildId();
        for (Path base : new Path[] {modelDir.resolve("native"),
                Path.of(System.getProperty("user.home"), ".cache", "veil", "onnxruntime")}) {
            Path dir = base.resolve(platform + "-" + build);
            try {
                extract(platform, dir);
                System.setProperty(PATH_PROPERTY, dir.toString());
                return;
            } catch (IOException e) {
                // not writable: try the next place; if none works ONNX Runtime unpacks into /tmp itself
            }
        }
    }

    private static String buildId() {
        try (InputStream in = OnnxNatives.class.getResourceAsStream("/GIT_COMMIT_ID")) {
            if (in == null) return "unknown";
            String id = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim();
            return id.length() > 12 ? id.substring(0, 12) : id;
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void extract(String platform, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String lib : LIBRARIES) {
            Path target = dir.resolve(lib);
            if (Files.isRegularFile(target) && Files.size(target) > 0) continue;
            try (InputStream in = OnnxNatives.class.getResourceAsStream("/ai/onnxruntime/native/" + platform + "/" + lib)) {
                if (in == null) throw new IOException("no bundled " + lib + " for " + platform);
                Path tmp = Files.createTempFile(dir, lib, ".part");
                try {
                    Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
        }
    }
}
