package veil.testkit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import veil.qa.export.ExportStatsCsv;
import veil.qa.export.GreyLevelStats;
import veil.qa.export.JpegExport;
import veil.qa.export.MetadataCsv;
import veil.qa.export.MimicLayout;
import veil.testkit.xray.SyntheticRadiograph;

class JpegExportTest {
    @TempDir Path tmp;

    static int grey(BufferedImage img, int x, int y) { return img.getRaster().getSample(x, y, 0); }

    @Test
    void twelveBitMonochrome1IsWindowedInvertedResizedAndLaidOutLikeMimic() throws Exception {
        Path in = tmp.resolve("in"), out = tmp.resolve("out");
        // the ramp runs 0..4095 across 128 columns; window 1000 +- 100
        new SyntheticRadiograph().size(128, 64).bitsStored(12).photometric("MONOCHROME1").window(1000, 200)
                .ids("VEILAB12CD34", "2.25.77", "2.25.77.1").write(in.resolve("a.dcm"));
        JpegExport.Result r = JpegExport.run(in, out, new JpegExport.Options(64, 0.95f, false, 2), null);
        assertThat(r.written()).isEqualTo(1);
        assertThat(r.exitCode()).isZero();

        String study = MimicLayout.derivedStudyId("2.25.77");
        Path jpg = out.resolve("pVE/pVEIL AB12CD34".replace(" ", "") + "/s" + study + "/2.25.77.1.jpg");
        assertThat(jpg).exists();
        BufferedImage img = ImageIO.read(jpg.toFile());
        assertThat(img.getWidth()).isEqualTo(64);
        assertThat(img.getHeight()).isEqualTo(32);
        // MONOCHROME1: low stored values are white; below the window everything is white, above it black
        assertThat(grey(img, 2, 16)).isGreaterThan(245);
        assertThat(grey(img, 61, 16)).isLessThan(10);
        // the window's centre (stored 1000, column ~31 of 128, ~15.5 of 64) is mid-grey
        int mid = (grey(img, 15, 16) + grey(img, 16, 16)) / 2;
        assertThat(mid).isBetween(80, 180);

        List<String> csv = Files.readAllLines(out.resolve(MetadataCsv.FILE));
        assertThat(csv.get(0)).isEqualTo(String.join(",", MetadataCsv.HEADER));
        assertThat(csv.get(1)).startsWith("2.25.77.1,VEILAB12CD34," + study + ",CHEST (PA AND LAT),PA,32,64,21500101,101500");

        List<GreyLevelStats> stats = ExportStatsCsv.read(r.stats());
        assertThat(stats).hasSize(1);
        GreyLevelStats s = stats.get(0);
        assertThat(s.bitsStored()).isEqualTo(12);
        assertThat(s.levelsBefore()).isEqualTo(128);
        assertThat(s.voi()).isEqualTo("window");
        // stored 0..4095 with the window covering 900..1100: about 95% of the range and the pixels are clipped
        assertThat(s.clippedRangeFraction()).isBetween(0.93, 0.97);
        assertThat(s.clippedPixelFraction()).isBetween(0.90, 0.97);
    }

    @Test
    void withoutAWindowMinMaxIsUsedAndRightFacingFrontalsAreFlipped() throws Exception {
        Path in = tmp.resolve("in"), out = tmp.resolve("out");
        new SyntheticRadiograph().size(64, 64).bitsStored(12).photometric("MONOCHROME2").orientation("R\\F")
                .ids("VEIL2", "2.25.8", "2.25.8.1").write(in.resolve("b.dcm"));
        JpegExport.run(in, out, new JpegExport.Options(0, 0.95f, false, 1), null);
        BufferedImage img = ImageIO.read(out.resolve("pVE/pVEIL2/s" + MimicLayout.derivedStudyId("2.25.8") + "/2.25.8.1.jpg").toFile());
        // stored ramp is dark on the left; rows ran toward the patient's right, so it is flipped: bright on the left
        assertThat(grey(img, 1, 32)).isGreaterThan(245);
        assertThat(grey(img, 62, 32)).isLessThan(10);
        assertThat(ExportStatsCsv.read(ExportStatsCsv.besideFolder(out)).get(0).reoriented()).isEqualTo("flip_h");
        assertThat(ExportStatsCsv.read(ExportStatsCsv.besideFolder(out)).get(0).voi()).isEqualTo("min_max");
    }

    @Test
    void aSecondRunSkipsFinishedImagesAndADamagedFileIsListedWithExitCode2() throws Exception {
        Path in = tmp.resolve("in"), out = tmp.resolve("out");
        new SyntheticRadiograph().size(64, 64).ids("VEIL3", "2.25.9", "2.25.9.1").write(in.resolve("c.dcm"));
        new SyntheticRadiograph().size(64, 64).ids("VEIL3", "2.25.9", "2.25.9.2").write(in.resolve("d.dcm"));
        new SyntheticRadiograph().size(256, 256).ids("VEILSECRET", "2.25.10", "2.25.10.1").write(in.resolve("e.dcm"));
        byte[] whole = Files.readAllBytes(in.resolve("e.dcm"));
        Files.write(in.resolve("e.dcm"), java.util.Arrays.copyOf(whole, whole.length / 2));
        Files.writeString(in.resolve("notes.txt"), "not an image");

        JpegExport.Result first = JpegExport.run(in, out, JpegExport.Options.defaults(), null);
        assertThat(first.written()).isEqualTo(2);
        assertThat(first.failures()).hasSize(1);
        assertThat(first.failures().get(0).input()).isEqualTo("e.dcm");
        assertThat(first.failures().get(0).reason()).doesNotContain("VEILSECRET").contains("truncated");
        assertThat(first.exitCode()).isEqualTo(2);
        assertThat(Files.readString(first.failuresFile())).contains("e.dcm\t");

        Path jpg = out.resolve("pVE/pVEIL3/s" + MimicLayout.derivedStudyId("2.25.9") + "/2.25.9.1.jpg");
        FileTime before = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(jpg, before);
        JpegExport.Result second = JpegExport.run(in, out, JpegExport.Options.defaults(), null);
        assertThat(second.written()).isZero();
        assertThat(second.skipped()).isEqualTo(2);
        assertThat(Files.getLastModifiedTime(jpg)).isEqualTo(before);
        assertThat(Files.readAllLines(out.resolve(MetadataCsv.FILE))).hasSize(3);
        assertThat(ExportStatsCsv.read(second.stats())).hasSize(2);   // kept from the first run
        try (var s = Files.walk(out)) {
            assertThat(s.filter(p -> p.getFileName().toString().endsWith(".tmp")).count()).isZero();
        }
    }
}
