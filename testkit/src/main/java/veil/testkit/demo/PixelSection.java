package veil.testkit.demo;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;
import java.nio.file.Path;
import java.util.List;
import veil.deid.keys.SecretKey;
import veil.deid.run.RunSummary;
import veil.deid.uid.UidMapper;
import veil.testkit.demo.pixels.OcrDemo;

/** Burned-in text: the images with text in their pixels, before and after the run blacked it out. */
final class PixelSection {

    private PixelSection() { }

    static DemoSection run(Path dir, List<Path> burned, Path out, SecretKey key, RunSummary s) throws Exception {
        System.out.println("== Burned-in text ==");
        Path thumbs = dir.resolve("thumbnails");
        UidMapper uids = new UidMapper(key.derive("uid"));
        StringBuilder html = new StringBuilder("<p>Each image below had the patient's name, ID and dates burned into its pixels."
                + " The run found the text with the learned PP-OCRv4 detector (Tesseract reads only what the policy needs), blacked out"
                + " the stored pixel values in every frame, checked every frame again with an independent text-likeness finder"
                + " that reads no characters, and only then set Burned In Annotation to NO. Anything it could not verify, or"
                + " a blackout that would wipe more than 5% of a frame, is quarantined instead.</p>\n"
                + "<table><tr><th>Image</th><th>Before</th><th>After (released)</th></tr>\n");
        for (Path in : burned) {
            AttributeList header = new AttributeList();
            header.read(in.toFile(), TagFromName.PixelData);
            String caption = in.getFileName().toString().replaceFirst("\\.dcm$", "");
            Path released = HeaderDemo.findFile(out, uids.map(HeaderDemo.value(header, TagFromName.SOPInstanceUID)));
            if (released == null) {
                System.out.printf("  %-28s quarantined (see the quarantine list)%n", caption);
                html.append("<tr><td>").append(Html.esc(caption)).append("</td><td colspan=\"2\">quarantined: see the quarantine list</td></tr>\n");
                continue;
            }
            OcrDemo.BeforeAfter ba = OcrDemo.thumbnails(in, released, thumbs, caption);
            System.out.printf("  %-28s blacked out and verified: %s%n", caption, dir.relativize(ba.after()));
            html.append("<tr><td>").append(Html.esc(caption)).append("</td><td><img src=\"")
                    .append(Html.esc(dir.relativize(ba.before()).toString())).append("\" alt=\"before\"></td><td><img src=\"")
                    .append(Html.esc(dir.relativize(ba.after()).toString())).append("\" alt=\"after\"></td></tr>\n");
        }
        html.append("</table>\n");
        System.out.println();
        return new DemoSection("Burned-in text: found in the pixels and blacked out", html.toString());
    }
}
