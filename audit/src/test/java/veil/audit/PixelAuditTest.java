package veil.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import veil.audit.finding.FindingType;
import veil.audit.finding.Kind;
import veil.audit.run.AuditListener;
import veil.audit.run.AuditOptions;
import veil.audit.run.AuditResult;
import veil.audit.run.AuditRun;
import veil.audit.run.PixelScreening;
import veil.rules.PixelPolicy;

/** Burned-in text in a plain image is found by the detector and reported with its box and a thumbnail. */
class PixelAuditTest {

    private static BufferedImage image(String text) {
        BufferedImage img = new BufferedImage(320, 240, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(40, 40, 40));
        g.fillRect(0, 0, 320, 240);
        g.setColor(new Color(90, 90, 90));
        g.fillOval(80, 40, 160, 180);
        if (text != null) {
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
            g.drawString(text, 12, 28);
        }
        g.dispose();
        return img;
    }

    @Test
    void burnedInTextInAPngIsFlaggedWithABoxAndAThumbnail(@TempDir Path dir) throws Exception {
        ImageIO.write(image("JOHN SMITH 4471902"), "png", dir.resolve("leak.png").toFile());
        ImageIO.write(image(null), "png", dir.resolve("clean.png").toFile());
        AuditResult r = AuditRun.run(new AuditOptions(dir, null, null, null, null, null, PixelScreening.ALL,
                PixelPolicy.Mode.ALL, 1), AuditListener.NONE);
        assertThat(r.findings()).filteredOn(f -> f.kind() == Kind.PIXEL).isNotEmpty()
                .allSatisfy(f -> {
                    assertThat(f.file()).isEqualTo("leak.png");
                    assertThat(f.type()).isEqualTo(FindingType.PIXEL_TEXT);
                    assertThat(f.location()).matches("frame 0 box \\d+,\\d+,\\d+,\\d+");
                });
        assertThat(r.thumbnails()).containsKey("leak.png").doesNotContainKey("clean.png");
        assertThat(r.files()).filteredOn(f -> f.file().equals("clean.png")).singleElement()
                .satisfies(f -> assertThat(f.pixelOutcome()).isEqualTo("no-text"));
        assertThat(Files.exists(dir.resolve("leak.png"))).isTrue();
    }
}
