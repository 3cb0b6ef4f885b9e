package veil.audit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import veil.audit.finding.Severity;
import veil.audit.output.AuditHtml;
import veil.audit.output.AuditJson;
import veil.audit.output.ConsoleSummary;
import veil.audit.run.AuditListener;
import veil.audit.run.AuditOptions;
import veil.audit.run.AuditResult;
import veil.audit.run.AuditRun;
import veil.deid.text.io.InputException;

/**
 * The audit in one call, for {@code veil audit} and the demo: run, write the JSON and the HTML, print the summary,
 * return the exit code (0 clean, 3 findings at or above {@code failOn}).
 */
public final class ReleaseAudit {

    private ReleaseAudit() { }

    public static int run(AuditOptions options, Path json, Path html, Severity failOn, AuditListener listener, PrintStream console)
            throws IOException, InputException {
        AuditResult r = AuditRun.run(options, listener);
        if (json != null) AuditJson.write(r, failOn, json);
        if (html != null) AuditHtml.write(r, failOn, null, html);
        for (String line : ConsoleSummary.lines(r, failOn)) console.println(line);
        if (json != null) console.println("json: " + json);
        if (html != null) console.println("html: " + html);
        return r.exitCode(failOn);
    }
}
