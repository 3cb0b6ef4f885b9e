package veil.cli.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import veil.deid.text.DateShift;
import veil.deid.text.PhiScanner;
import veil.deid.text.io.AtomicFiles;
import veil.deid.text.io.CsvRewriter;
import veil.deid.text.io.InputException;
import veil.deid.text.io.TextDocument;
import veil.deid.text.io.TextSource;
import veil.deid.text.redact.KeyedDateShift;
import veil.deid.text.redact.RedactionStyle;
import veil.deid.text.redact.Redactor;

/** {@code veil text redact IN OUT --style placeholder|tag|surrogate}. */
@Command(name = "redact", mixinStandardHelpOptions = true,
        description = "Write a copy of the text(s) with every identifier found replaced.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:all documents written", "2:some documents could not be redacted and were not written", "1:usage or fatal error"})
public final class TextRedactCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "IN", description = ".txt file, folder of .txt files, or .csv")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "output file (for a file or CSV) or folder (for a folder)")
    Path out;

    @Option(names = "--style", defaultValue = "tag", paramLabel = "STYLE",
            description = "placeholder (___), tag ([NAME]) or surrogate (consistent fake values, dates shifted per patient). Default: ${DEFAULT-VALUE}.")
    String style;

    @Option(names = "--key-file", paramLabel = "FILE", description = "the run's secret key (at least 16 bytes); surrogate dates shift by HMAC-SHA256(key, \"date\") per patient.")
    Path keyFile;

    @Mixin
    InputOptions input = new InputOptions();

    @Override
    public Integer call() {
        try {
            return run();
        } catch (InputException e) {
            System.err.println("veil text redact: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            System.err.println("veil text redact: I/O error (" + e.getClass().getSimpleName() + ")");
            return 1;
        } catch (RuntimeException e) {
            // no message: it could quote the text being redacted
            System.err.println("veil text redact: internal error (" + e.getClass().getSimpleName() + "); nothing was written for the failing input");
            return 1;
        }
    }

    private int run() throws InputException, IOException {
        RedactionStyle chosen;
        try {
            chosen = RedactionStyle.valueOf(style.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputException("--style must be placeholder, tag or surrogate, not " + style);
        }
        DateShift shift = null;
        if (chosen == RedactionStyle.SURROGATE) {
            if (keyFile == null) throw new InputException("--style surrogate needs --key-file (the run's secret key)");
            if (!Files.isRegularFile(keyFile)) throw new InputException("no such key file: " + keyFile);
            try {
                shift = new KeyedDateShift(veil.cli.KeyFiles.load(keyFile, "text redact", false, System.err));   // the key file `veil deid` uses
            } catch (IOException | IllegalArgumentException e) {
                throw new InputException(e.getMessage());
            }
        }
        if (Files.exists(out) && Files.exists(in) && Files.isSameFile(in, out)) throw new InputException("OUT must differ from IN: inputs are never overwritten");
        TextSource source = input.source(in);
        List<TextDocument> docs = source.read();
        Redactor redactor = new Redactor(PhiScanner.shared(), chosen, shift);
        int failed = 0;
        if (source.isCsv()) {
            List<String> texts = new ArrayList<>();
            for (TextDocument d : docs) texts.add(redactor.redact(d.text(), patient(d)));
            CsvRewriter.write(in, out, input.column, texts);
        } else if (Files.isDirectory(in)) {
            if (Files.exists(out) && !Files.isDirectory(out)) throw new InputException("OUT must be a folder when IN is a folder: " + out);
            for (TextDocument d : docs) {
                try {
                    AtomicFiles.write(out.resolve(d.id()), redactor.redact(d.text(), patient(d)));
                } catch (IOException | RuntimeException e) {
                    failed++;
                    System.err.println("not written (" + e.getClass().getSimpleName() + "): " + d.id());
                }
            }
        } else {
            Path target = Files.isDirectory(out) ? out.resolve(in.getFileName()) : out;
            AtomicFiles.write(target, redactor.redact(docs.get(0).text(), patient(docs.get(0))));
        }
        System.err.printf("%d document(s) redacted (%s)%s%n", docs.size() - failed, chosen.name().toLowerCase(Locale.ROOT),
                failed > 0 ? ", " + failed + " not written" : "");
        return failed > 0 ? 2 : 0;
    }

    /** The patient when the input names one; otherwise each document shifts on its own. */
    private static String patient(TextDocument d) {
        return d.patientId() != null && !d.patientId().isBlank() ? d.patientId() : "doc:" + d.id();
    }
}
