package veil.cli.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import veil.deid.text.Finding;
import veil.deid.text.PhiScanner;
import veil.deid.text.ScanResult;
import veil.deid.text.io.InputException;
import veil.deid.text.io.TextDocument;

/**
 * {@code veil text scan PATH [--json]}: lists the identifiers found, with their text (the user's own
 * data on the user's screen; nothing is logged).
 */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "List identifiers found in a .txt file, a folder of .txt files or a CSV column.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:no identifiers found", "3:identifiers found", "1:usage or fatal error"})
public final class TextScanCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PATH", description = ".txt file, folder of .txt files, or .csv")
    Path path;

    @Option(names = "--json", description = "JSON lines {\"doc\",\"start\",\"end\",\"type\",\"text\"} (character offsets) instead of a table.")
    boolean json;

    @Mixin
    InputOptions input = new InputOptions();

    @Override
    public Integer call() {
        Scan scan = new Scan(System.out);
        try {
            // One document at a time: memory follows the longest document, not the input's size.
            input.source(path).forEach(scan::document);
        } catch (InputException e) {
            System.err.println("veil text scan: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            System.err.println("veil text scan: cannot read " + path + " (" + e.getClass().getSimpleName() + ")");
            return 1;
        } catch (RuntimeException e) {
            // no message: it could quote the text being scanned
            System.err.println("veil text scan: internal error (" + e.getClass().getSimpleName() + ")");
            return 1;
        }
        System.err.printf("%d document(s), %d identifier(s) found, %d existing placeholder(s)%n", scan.documents, scan.total, scan.placeholders);
        return scan.total > 0 ? 3 : 0;
    }

    /** Scans and prints each document as it arrives. */
    private final class Scan {
        private final PrintStream out;
        private final PhiScanner scanner = PhiScanner.shared();
        private final ObjectMapper mapper = new ObjectMapper();
        int documents, total, placeholders;

        Scan(PrintStream out) {
            this.out = out;
            if (!json) out.printf("%-24s %7s %7s  %-12s %s%n", "DOC", "START", "END", "TYPE", "TEXT");
        }

        void document(TextDocument d) throws IOException {
            documents++;
            ScanResult r = scanner.analyse(d.text());
            placeholders += r.placeholders();
            for (Finding f : r.findings()) {
                total++;
                String text = d.text().substring(f.start(), f.end());
                if (json) {
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("doc", d.id());
                    line.put("start", f.start());
                    line.put("end", f.end());
                    line.put("type", f.type().name());
                    line.put("text", text);
                    out.println(mapper.writeValueAsString(line));
                } else {
                    out.printf("%-24s %7d %7d  %-12s %s%n", shorten(d.id(), 24), f.start(), f.end(), f.type(), text.replace('\n', ' '));
                }
            }
        }
    }

    private static String shorten(String s, int n) {
        return s.length() <= n ? s : "…" + s.substring(s.length() - n + 1);
    }
}
