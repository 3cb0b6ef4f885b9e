package veil.audit.reports;

import java.util.ArrayList;
import java.util.List;
import veil.audit.finding.Evidence;
import veil.audit.finding.Finding;
import veil.audit.finding.FindingType;
import veil.audit.finding.Kind;
import veil.audit.finding.Severity;
import veil.deid.text.TextScanner;
import veil.deid.text.io.TextDocument;

/** Residual identifiers in report texts (a .txt folder or a CSV column), by the report scanner. */
public final class ReportAudit {

    private final TextScanner scanner;

    public ReportAudit(TextScanner scanner) {
        this.scanner = scanner;
    }

    public List<Finding> audit(TextDocument doc) {
        List<Finding> out = new ArrayList<>();
        String text = doc.text() == null ? "" : doc.text();
        for (veil.deid.text.Finding f : scanner.scan(text)) {
            out.add(new Finding(doc.id(), Kind.REPORT, "chars " + f.start() + "-" + f.end(), FindingType.of(f.type()),
                    Evidence.mask(text.substring(f.start(), f.end())), Severity.of(f.type()), "identifier found by the text scanner"));
        }
        return out;
    }
}
