package veil.qa.review.app;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Small spot-check samples written the way {@code veil sample --audit} lays them out, with tiny PNGs. */
final class TestSamples {
    private TestSamples() {}

    static final String ITEM_A = "{\"id\":\"a1\",\"kind\":\"spot-check\",\"file\":\"P1/s1/cr1.dcm\",\"stratum\":\"CR|Acme|clean\","
            + "\"images\":[{\"label\":\"before\",\"src\":\"img/a1-before.png\",\"boxes\":[[2,2,10,4]]},"
            + "{\"label\":\"after\",\"src\":\"img/a1-after.png\",\"boxes\":[[2,2,10,4]]}],"
            + "\"fields\":[[\"Modality\",\"CR\"],[\"StudyDescription\",\"<b>CHEST</b> & \\\"PA\\\"\"]],"
            + "\"text\":\"Seen by Dr <script>alert(1)</script> Smith on 2020-01-02.\",\"marks\":[[11,42,\"NAME\"],[46,56,\"DATE\"]]}";
    static final String ITEM_B = "{\"id\":\"b2\",\"kind\":\"spot-check\",\"file\":\"P2/s1/us1.dcm\",\"stratum\":\"US|Other|pixels cleaned\","
            + "\"images\":[{\"label\":\"before\",\"src\":\"img/b2-before.png\",\"boxes\":[]},"
            + "{\"label\":\"after\",\"src\":\"img/b2-after.png\",\"boxes\":[]}],\"fields\":[[\"Modality\",\"US\"]],\"text\":\"\",\"marks\":[]}";
    static final String ITEM_C = "{\"id\":\"c3\",\"kind\":\"spot-check\",\"file\":\"P3/s2/dx1.dcm\",\"stratum\":\"DX|Acme|finding\","
            + "\"images\":[{\"label\":\"after\",\"src\":\"img/c3-after.png\",\"boxes\":[[0,0,5,5],[20,10,6,6]]}],"
            + "\"fields\":[],\"text\":\"No acute findings.\",\"marks\":[]}";

    /** Three items: a1 (boxes, fields, marks with markup in the text), b2 (no boxes), c3 (after image only). */
    static Path spotCheck(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("img"));
        for (String n : new String[] {"a1-before", "a1-after", "b2-before", "b2-after", "c3-after"})
            png(dir.resolve("img/" + n + ".png"), n.endsWith("after"));
        Files.writeString(dir.resolve("items.jsonl"), ITEM_A + "\n" + ITEM_B + "\n\n" + ITEM_C + "\n", StandardCharsets.UTF_8);
        return dir;
    }

    static void png(Path p, boolean blackBox) throws IOException {
        BufferedImage im = new BufferedImage(32, 24, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = im.createGraphics();
        g.setColor(Color.GRAY);
        g.fillRect(0, 0, 32, 24);
        g.setColor(blackBox ? Color.BLACK : Color.WHITE);
        g.fillRect(2, 2, 10, 4);
        g.dispose();
        ImageIO.write(im, "png", p.toFile());
    }

    static final String LABEL_CSV = "sample_id,labeller,label,value,split,stratum_size,image,patient,study,verdict,corrected_value,reviewer,notes\n"
            + "S000001,chexpert,Edema,positive,test,120,p1/s1/v1.png,p1,p1/s1,,,,\n"
            + "S000002,chexpert,Edema,negative,test,900,p2/s1/v1.png,p2,p2/s1,,,,\n";

    static Path labels(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("images/p1/s1"));
        Files.createDirectories(dir.resolve("images/p2/s1"));
        png(dir.resolve("images/p1/s1/v1.png"), false);
        png(dir.resolve("images/p2/s1/v1.png"), false);
        Path csv = dir.resolve("sample.csv");
        Files.writeString(csv, LABEL_CSV, StandardCharsets.UTF_8);
        return csv;
    }
}
