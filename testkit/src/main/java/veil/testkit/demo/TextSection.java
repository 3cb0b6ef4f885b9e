package veil.testkit.demo;

import java.nio.file.Path;
import veil.testkit.demo.text.TextDemo;

/** Report text: synthetic reports with identifiers, found and redacted. */
final class TextSection {

    private TextSection() { }

    static DemoSection run(Path dir) throws Exception {
        System.out.println("== Report text ==");
        String summary = TextDemo.run(dir);
        System.out.println(summary);
        String html = "<pre>" + Html.esc(summary) + "</pre>\n<p><a href=\"reports/text-demo.html\">Every report with what was found,"
                + " tagged and with surrogates</a></p>\n";
        return new DemoSection("Report text: identifiers found and redacted", html);
    }
}
