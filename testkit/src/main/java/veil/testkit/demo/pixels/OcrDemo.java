package veil.testkit.demo.pixels;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.TransferSyntax;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import veil.deid.pixels.PixelOutcome;
import veil.ocr.OcrPixelCleaner;
import veil.ocr.detect.DecodedFrames;
import veil.ocr.detect.Gray8;
import veil.ocr.review.Thumbnails;
import veil.testkit.pixels.Background;
import veil.testkit.pixels.ChestSynth;
import veil.testkit.pixels.SynthDicom;
import veil.testkit.pixels.SynthImage;
import veil.testkit.pixels.SynthPatient;
import veil.testkit.pixels.SynthSpec;
import veil.testkit.pixels.TextShade;
import veil.testkit.pixels.UltrasoundSynth;
import veil.rules.PixelPolicy;

/**
 * Entry points for {@code ./veil demo}: synthetic instances with names, IDs and dates burned into
 * their pixels (all made up), and before/after thumbnails of their redaction for the demo page.
 */
public final class OcrDemo {

    /** One before/after pair for the demo page; paths are PNG files, caption has no identifiers. */
    public record BeforeAfter(String caption, Path before, Path after, String outcome) { }

    private OcrDemo() { }

    /**
     * Writes four instances into {@code dir}: a 3-frame ultrasound (RGB), a secondary capture (RGB),
     * a MONOCHROME1 12-bit CR and a MONOCHROME2 16-bit DX, all with burned-in identifiers that match
     * their own (made-up) headers.
     */
    public static List<Path> writeInstances(Path dir) throws IOException {
        Files.createDirectories(dir);
        Random rnd = new Random(2024);
        List<Path> out = new ArrayList<>();
        try {
            SynthPatient us = SynthPatient.random(rnd);
            out.add(write(SynthDicom.rgb(us, "US", 640, 480, UltrasoundSynth.ultrasound(us, 640, 480, 3, 1), 3),
                    dir.resolve("ocr-us-multiframe.dcm")));
            SynthPatient sc = SynthPatient.random(rnd);
            out.add(write(SynthDicom.rgb(sc, "OT", 800, 600, UltrasoundSynth.screenCapture(sc, 800, 600), 1),
                    dir.resolve("ocr-secondary-capture.dcm")));
            SynthImage cr = ChestSynth.generate(new SynthSpec(1024, 12, true, 22, "SansSerif", TextShade.WHITE, Background.PLAIN, 7));
            out.add(write(SynthDicom.grey(cr, "CR"), dir.resolve("ocr-cr-monochrome1.dcm")));
            SynthImage dx = ChestSynth.generate(new SynthSpec(1024, 16, false, 18, "Monospaced", TextShade.GREY, Background.GRADIENT, 8));
            out.add(write(SynthDicom.grey(dx, "DX"), dir.resolve("ocr-dx-monochrome2.dcm")));
        } catch (DicomException e) {
            throw new IOException("could not build demo instance: " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * Cleans each instance with {@code policy} and writes PNG thumbnails of its first frame before
     * (read boxes outlined) and after into {@code thumbsDir}.
     */
    public static List<BeforeAfter> thumbnails(List<Path> instances, Path thumbsDir, PixelPolicy policy) throws IOException {
        Files.createDirectories(thumbsDir);
        Thumbnails png = new Thumbnails(thumbsDir, 480);
        List<BeforeAfter> out = new ArrayList<>();
        try (OcrPixelCleaner cleaner = new OcrPixelCleaner()) {
            for (Path p : instances) {
                AttributeList list = new AttributeList();
                list.read(p.toFile());
                String name = p.getFileName().toString().replaceFirst("\\.dcm$", "");
                Gray8 before = DecodedFrames.of(list).render(0);
                PixelOutcome outcome = cleaner.clean(list, policy);
                Gray8 after = before;
                String summary;
                if (outcome instanceof PixelOutcome.Redacted r) {
                    AttributeList redacted = new AttributeList();
                    redacted.putAll(list);
                    for (var a : r.pixelModule().values()) redacted.put(a);
                    redacted.put(r.pixelData());
                    after = DecodedFrames.of(redacted).render(0);
                    summary = "redacted: " + String.join("; ", r.notes());
                } else if (outcome instanceof PixelOutcome.NoText n) {
                    summary = "no text: " + String.join("; ", n.notes());
                } else {
                    summary = "quarantined: " + ((PixelOutcome.Failed) outcome).reason();
                }
                Path b = thumbsDir.resolve(name + "-before.png"), a = thumbsDir.resolve(name + "-after.png");
                png.write(before, List.of(), b);
                png.write(after, List.of(), a);
                out.add(new BeforeAfter(name, b, a, summary));
            }
        } catch (DicomException e) {
            throw new IOException("could not render demo thumbnails: " + e.getMessage(), e);
        }
        return out;
    }

    /** Thumbnails of two files' first frames (e.g. an input and its de-identified output). */
    public static BeforeAfter thumbnails(Path before, Path after, Path thumbsDir, String caption) throws IOException {
        Thumbnails png = new Thumbnails(thumbsDir, 480);
        Path b = thumbsDir.resolve(caption + "-before.png"), a = thumbsDir.resolve(caption + "-after.png");
        png.write(firstFrame(before), List.of(), b);
        png.write(firstFrame(after), List.of(), a);
        return new BeforeAfter(caption, b, a, "");
    }

    private static Gray8 firstFrame(Path file) throws IOException {
        try {
            AttributeList list = new AttributeList();
            list.read(file.toFile());
            return DecodedFrames.of(list).render(0);
        } catch (DicomException e) {
            throw new IOException("cannot render " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static Path write(AttributeList list, Path target) throws IOException, DicomException {
        FileMetaInformation.addFileMetaInformation(list, TransferSyntax.ExplicitVRLittleEndian, "VEIL");
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        list.write(tmp.toFile(), TransferSyntax.ExplicitVRLittleEndian, true, true);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    /** {@code java veil.testkit.demo.pixels.OcrDemo OUTDIR}: writes the instances and their thumbnails. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/ocr-demo");
        List<Path> files = writeInstances(dir.resolve("dicom"));
        for (BeforeAfter ba : thumbnails(files, dir.resolve("thumbs"), PixelPolicy.defaults())) {
            System.out.println(ba.caption() + "\t" + ba.outcome());
        }
    }
}
