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
import veil.ocr.detect.TesseractEngine;
import veil.ocr.learned.PpOcrDetector;
import veil.ocr.scan.LineScan;
import veil.ocr.scan.LineScanner;
import veil.ocr.scan.ScannedLine;

/** {@code veil ocr}: burned-in pixel text. */
@Command(name = "ocr", mixinStandardHelpOptions = true,
        description = "Burned-in text in DICOM pixel data (PP-OCRv4 text detection, Tesseract reading).",
        subcommands = {OcrCommand.Scan.class})
public final class OcrCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("veil ocr: choose a subcommand, e.g. 'veil ocr scan DIR' (see --help)");
        return 1;
    }

    /** {@code veil ocr scan DIR}: lists the text lines the pixel cleaner would act on, writes nothing. */
    @Command(name = "scan", mixinStandardHelpOptions = true,
            description = {"Lists the text lines burned into the pixels of every DICOM file under DIR as the pixel "
                    + "cleaner finds them (learned text detector; a clip on its temporal median, plus each frame whose "
                    + "banner changed), with what Tesseract reads in each line (file, frame, box, confidence, text; "
                    + "an unreadable line is listed with empty text) without writing images. The listing shows the "
                    + "text itself, which may be identifying: keep it inside the secure environment.",
                    "Exit codes: 0 all files scanned, 2 some files could not be read or decoded, 1 usage or fatal error."},
            sortOptions = false)
    public static final class Scan implements Callable<Integer> {

        @Parameters(paramLabel = "DIR", description = "folder (searched recursively) or a single DICOM file")
        Path dir;

        @Option(names = "--json", description = "print JSON instead of a tab-separated table")
        boolean json;

        @Option(names = "--threads", paramLabel = "N", description = "worker threads, one detector and one Tesseract each (default: cores)")
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
            List<LineScan> results;
            try {
                results = scanAll(files);
            } catch (java.util.concurrent.ExecutionException e) {
                // the model is missing or cannot load: the message names what to do, never a stack trace
                Throwable c = e.getCause() instanceof IllegalStateException ? e.getCause() : e;
                System.err.println("veil ocr scan: " + c.getMessage());
                return 1;
            }
            PrintStream out = System.out;
            if (json) printJson(results, out);
            else printTable(results, out);
            return results.stream().anyMatch(r -> r.error() != null) ? 2 : 0;
        }

        private List<LineScan> scanAll(List<Path> files) throws Exception {
            AtomicInteger done = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            java.util.Queue<AutoCloseable> opened = new java.util.concurrent.ConcurrentLinkedQueue<>();
            ThreadLocal<PpOcrDetector> detector = ThreadLocal.withInitial(() -> opened(opened, new PpOcrDetector()));
            ThreadLocal<TesseractEngine> engine = ThreadLocal.withInitial(() -> opened(opened, new TesseractEngine()));
            try {
                List<Future<LineScan>> futures = new ArrayList<>();
                for (Path f : files) {
                    futures.add(pool.submit(() -> {
                        LineScan s = LineScanner.scan(f, detector.get(), engine.get());
                        System.err.printf("\rscanned %d/%d", done.incrementAndGet(), files.size());
                        return s;
                    }));
                }
                List<LineScan> results = new ArrayList<>();
                for (Future<LineScan> fu : futures) results.add(fu.get());
                System.err.println();
                return results;
            } finally {
                pool.shutdownNow();
                pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
                for (AutoCloseable c : opened) c.close();
            }
        }

        private static <T extends AutoCloseable> T opened(java.util.Queue<AutoCloseable> opened, T t) {
            opened.add(t);
            return t;
        }

        private void printTable(List<LineScan> results, PrintStream out) {
            out.println("file\tframe\tx\ty\twidth\theight\tconfidence\ttext");
            for (LineScan r : results) {
                String file = dir.relativize(r.file()).toString();
                if (file.isEmpty()) file = r.file().getFileName().toString();
                if (r.error() != null) {
                    out.println(file + "\t\t\t\t\t\t\t[" + r.error() + "]");
                    continue;
                }
                for (ScannedLine w : r.lines()) {
                    out.printf("%s\t%d\t%d\t%d\t%d\t%d\t%.0f\t%s%n", file, w.frame(), w.box().x, w.box().y,
                            w.box().width, w.box().height, w.confidence(), w.text());
                }
            }
        }

        private void printJson(List<LineScan> results, PrintStream out) throws IOException {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (LineScan r : results) {
                Map<String, Object> row = new LinkedHashMap<>();
                String file = dir.relativize(r.file()).toString();
                row.put("file", file.isEmpty() ? r.file().getFileName().toString() : file);
                row.put("frames", r.frames());
                row.put("error", r.error());
                List<Map<String, Object>> words = new ArrayList<>();
                for (ScannedLine w : r.lines()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("frame", w.frame());
                    m.put("box", List.of(w.box().x, w.box().y, w.box().width, w.box().height));
                    m.put("text", w.text());
                    m.put("confidence", Math.round(w.confidence() * 10) / 10.0);
                    m.put("words", w.words());
                    m.put("read", w.words() > 0);
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
