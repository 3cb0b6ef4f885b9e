package veil.audit.header;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** A word list shipped with the audit: one entry a line, {@code #} comments. */
final class ResourceWords {

    private ResourceWords() { }

    static Set<String> load(String resource) {
        Set<String> out = new HashSet<>();
        try (InputStream in = ResourceWords.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " missing from the audit jar");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) out.add(line.trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
