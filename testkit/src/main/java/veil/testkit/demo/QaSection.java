package veil.testkit.demo;

import java.nio.file.Path;
import veil.testkit.qa.QaDemo;

/** Dataset QA: a synthetic manifest, a label-review sample and the datasheet. */
final class QaSection {

    private QaSection() { }

    static DemoSection run(Path dir) throws Exception {
        System.out.println("== Dataset QA and datasheet ==");
        Path datasheet = QaDemo.run(dir);
        Path rel = dir.getParent().relativize(datasheet);
        System.out.println("Datasheet: " + datasheet);
        System.out.println();
        String html = "<p>A synthetic MIMIC-CXR-style manifest (a few patients with many images, patients leaking across splits,"
                + " uncertain labels, two labellers), a reproducible label-review sample with simulated verdicts, and the"
                + " datasheet computed from all of it.</p>\n<p><a href=\"" + Html.esc(rel.toString().replace('\\', '/'))
                + "\">Open the datasheet</a> · <a href=\"qa/review-sample.html\">printable review sheet</a></p>\n";
        return new DemoSection("Dataset QA: the datasheet", html);
    }
}
