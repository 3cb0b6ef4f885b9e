package veil.cli.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import veil.testkit.demo.pixels.OcrDemo;

class OcrCommandTest {

    @TempDir
    Path dir;

    @Test
    void aMissingFolderIsAUsageErrorWithAClearMessage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(err));
        try {
            int code = new CommandLine(new OcrCommand()).execute("scan", dir.resolve("nope").toString());
            assertThat(code).isEqualTo(1);
        } finally {
            System.setErr(old);
        }
        assertThat(err.toString()).contains("no such file or folder").doesNotContain("Exception");
    }

    @Test
    void scanListsTheDetectorsLinesWithTheirReadingAsJsonAndFlagsUnreadableFiles() throws Exception {
        OcrDemo.writeInstances(dir);
        Files.writeString(dir.resolve("notes.txt"), "not dicom");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(out));
        int code;
        try {
            code = new CommandLine(new OcrCommand()).execute("scan", dir.toString(), "--json", "--threads", "2");
        } finally {
            System.setOut(old);
        }
        assertThat(code).isEqualTo(2);
        String json = out.toString();
        assertThat(json).contains("\"file\" : \"ocr-cr-monochrome1.dcm\"", "\"box\"", "\"confidence\"", "\"words\"",
                "\"read\" : true", "PORTABLE", "not readable as DICOM");
        // The clip is read on its temporal median (frame 0), as the cleaner reads it: no line of frames 1-2.
        String clip = json.substring(json.indexOf("ocr-us-multiframe.dcm"));
        clip = clip.substring(0, clip.indexOf("\"file\"") < 0 ? clip.length() : clip.indexOf("\"file\""));
        assertThat(clip).contains("\"frame\" : 0").doesNotContain("\"frame\" : 1", "\"frame\" : 2");
    }
}
