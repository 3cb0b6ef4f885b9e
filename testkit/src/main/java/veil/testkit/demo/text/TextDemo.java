package veil.testkit.demo.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import veil.deid.text.Finding;
import veil.deid.text.PhiScanner;
import veil.deid.text.PhiType;
import veil.testkit.text.ReportGenerator;
import veil.testkit.text.SyntheticReport;
import veil.deid.text.io.AtomicFiles;
import veil.deid.text.redact.KeyedDateShift;
import veil.deid.text.redact.RedactionStyle;
import veil.deid.text.redact.Redactor;

/**
 * The report-text part of {@code veil demo}: synthetic reports carrying identifiers, written as they
 * are, tagged and with surrogates, plus an HTML page showing what was found.
 */
public final class TextDemo {
    static final int REPORTS = 4;
    static final long SEED = 2024L;
    /** A fixed key is fine here: the reports are synthetic. */
    private static final byte[] DEMO_KEY = "veil-demo-key-not-secret".getBytes(StandardCharsets.UTF_8);

    private TextDemo() {}

    /** Writes original/, tagged/, surrogate/ and text-demo.html under dir; returns a short before/after summary. */
    public static String run(Path dir) throws IOException {
        PhiScanner scanner = PhiScanner.shared();
        Redactor tags = new Redactor(scanner, RedactionStyle.TAG, null);
        Redactor fakes = new Redactor(scanner, RedactionStyle.SURROGATE, new KeyedDateShift(veil.deid.keys.SecretKey.of(DEMO_KEY)));
        List<SyntheticReport> reports = new ReportGenerator(SEED).generate(REPORTS);
        Map<PhiType, Integer> counts = new EnumMap<>(PhiType.class);
        StringBuilder html = new StringBuilder(Html.HEAD);
        String firstBefore = null, firstAfter = null;
        for (SyntheticReport r : reports) {
            List<Finding> found = scanner.scan(r.text());
            found.forEach(f -> counts.merge(f.type(), 1, Integer::sum));
            String tagged = tags.apply(r.text(), found, r.patientId());
            String surrogate = fakes.apply(r.text(), found, r.patientId());
            AtomicFiles.write(dir.resolve("original").resolve(r.id() + ".txt"), r.text());
            AtomicFiles.write(dir.resolve("tagged").resolve(r.id() + ".txt"), tagged);
            AtomicFiles.write(dir.resolve("surrogate").resolve(r.id() + ".txt"), surrogate);
            html.append(Html.report(r.id(), r.text(), found, tagged, surrogate));
            if (firstBefore == null) {
                firstBefore = r.text();
                firstAfter = tagged;
            }
        }
        html.append(Html.TAIL);
        AtomicFiles.write(dir.resolve("text-demo.html"), html.toString());
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        String byType = counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        return "Report text: " + REPORTS + " synthetic reports, " + total + " identifiers found (" + byType + ")\n"
                + "  written to " + dir + " (original/, tagged/, surrogate/, text-demo.html)\n"
                + "  before: " + excerpt(firstBefore) + "\n"
                + "  after:  " + excerpt(firstAfter) + "\n";
    }

    private static String excerpt(String text) {
        String flat = text.replace('\n', ' ').replaceAll("\\s+", " ").strip();
        return flat.length() <= 160 ? flat : flat.substring(0, 157) + "...";
    }
}
