package veil.testkit.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import veil.deid.text.ScanningTextCleaner;
import veil.ocr.OcrPixelCleaner;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run every capability end to end on built-in synthetic data (no real patient anywhere)",
                "and write an HTML page that shows what was done: veil-demo/index.html."})
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "veil-demo", description = "where to put the demo (recreated); default: ${DEFAULT-VALUE}")
    Path dir;

    @Override
    public Integer call() throws Exception {
        DemoFolder.recreate(dir);
        List<DemoSection> sections = new ArrayList<>();
        try (OcrPixelCleaner ocr = new OcrPixelCleaner()) {
            sections.addAll(new HeaderDemo(ScanningTextCleaner.shared(), ocr).run(dir));
        }
        sections.add(TextSection.run(dir.resolve("reports")));
        sections.add(QaSection.run(dir.resolve("qa")));
        Path index = DemoPage.write(dir, sections);
        System.out.println();
        System.out.println("Open the demo page: " + index.toAbsolutePath());
        System.out.println();
        System.out.println("Review the label sample in your browser (a local app on 127.0.0.1; Ctrl-C to stop):");
        System.out.println("  ./veil review serve " + dir.resolve("qa/review-sample.csv") + " --db " + dir.resolve("qa/review.sqlite"));
        System.out.println("Then the verdicts, Cohen's kappa between reviewers:");
        System.out.println("  ./veil review export --db " + dir.resolve("qa/review.sqlite") + " --csv " + dir.resolve("qa/review-export.csv"));
        return 0;
    }

}
