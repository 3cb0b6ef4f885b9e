package veil.cli.ocr;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import veil.ocr.InstanceScan;
import veil.ocr.InstanceScanner;
import veil.ocr.OcrPixelCleaner;
import veil.ocr.detect.WordBox;

/** {@code veil ocr}: burned-in pixel text. */
@Command(name = "ocr", mixinStandardHelpOptions = true,
        description = "Burned-in text in DICOM pixel data (Tesseract OCR).",
        subcommands = {OcrCommand.Scan.class})
public final class OcrCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("veil ocr: choose a subcommand, e.g. 'veil ocr scan DIR' (see --help)");
        return 1;
    }

    /** {@code veil ocr scan DIR}: lists the text read in every instance, writes nothing. */
    @Command(name = "scan", mixinStandardHelpOptions = true,
            description = {"Lists the text burned into the pixels of every DICOM file under DIR (file, frame, box, "
                    + "text, confidence) without writing images. The listing shows the text itself, which may be "
                    + "identifying: keep it inside the secure environment.",
                    "Exit codes: 0 all files scanned, 2 some files could not be read or decoded, 1 usage or fatal error."},
            sortOptions = false)
    public static final class Scan implements Callable<Integer> {

        @Parameters(paramLabel = "DIR", description = "folder (searched recursively) or a single DICOM file")
        Path dir;

        @Option(names = "--json", description = "print JSON instead of a tab-separated table")
        boolean json;

        @Option(names = "--threads", paramLabel = "N", description = "worker threads, one Tesseract each (default: cores)")
        int threads = Runtime.getRuntime().availableProcessors();

        @Override
        public Integer call() throws Exception {
            if (!Files.exists(dir)) {
                System.err.println("veil ocr scan: no such file or folder: " + dir);
                return 1;
            }
            if (threads < 1) {
                System.err.println("veil ocr scan: --threads must be at least 1");
                return 1;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(dir)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            List<InstanceScan> results = scanAll(files);
            PrintStream out = System.out;
            if (json) printJson(results, out);
            else printTable(results, out);
            return results.stream().anyMatch(r -> r.error() != null) ? 2 : 0;
        }

        private List<InstanceScan> scanAll(List<Path> files) throws Exception {
            AtomicInteger done = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try (OcrPixelCleaner engines = new OcrPixelCleaner()) {
                List<Future<InstanceScan>> futures = new ArrayList<>();
                for (Path f : files) {
                    futures.add(pool.submit(() -> {
                        InstanceScan s = InstanceScanner.scan(f, engines.engine());
                        System.err.printf("\rscanned %d/%d", done.incrementAndGet(), files.size());
                        return s;
                    }));
                }
                List<InstanceScan> results = new ArrayList<>();
                for (Future<InstanceScan> fu : futures) results.add(fu.get());
                System.err.println();
                return results;
            } finally {
                pool.shutdown();
            }
        }

        private void printTable(List<InstanceScan> results, PrintStream out) {
            out.println("file\tframe\tx\ty\twidth\theight\tconfidence\ttext");
            for (InstanceScan r : results) {
                String file = dir.relativize(r.file()).toString();
                if (file.isEmpty()) file = r.file().getFileName().toString();
                if (r.error() != null) {
                    out.println(file + "\t\t\t\t\t\t\t[" + r.error() + "]");
                    continue;
                }
                for (WordBox w : r.words()) {
                    out.printf("%s\t%d\t%d\t%d\t%d\t%d\t%.0f\t%s%n", file, w.frame(), w.box().x, w.box().y,
                            w.box().width, w.box().height, w.confidence(), w.text());
                }
            }
        }

        private void printJson(List<InstanceScan> results, PrintStream out) throws IOException {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (InstanceScan r : results) {
                Map<String, Object> row = new LinkedHashMap<>();
                String file = dir.relativize(r.file()).toString();
                row.put("file", file.isEmpty() ? r.file().getFileName().toString() : file);
                row.put("frames", r.frames());
                row.put("error", r.error());
                List<Map<String, Object>> words = new ArrayList<>();
                for (WordBox w : r.words()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("frame", w.frame());
                    m.put("box", List.of(w.box().x, w.box().y, w.box().width, w.box().height));
                    m.put("text", w.text());
                    m.put("confidence", Math.round(w.confidence() * 10) / 10.0);
                    words.add(m);
                }
                row.put("text", words);
                rows.add(row);
            }
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(new NonClosing(out), rows);
            out.println();
        }
    }

    /** Jackson closes the stream it writes to; System.out must stay open. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(java.io.OutputStream out) { super(out); }

        @Override
        public void close() throws IOException { flush(); }
    }
}
