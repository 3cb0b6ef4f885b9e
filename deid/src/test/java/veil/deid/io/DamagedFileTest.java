package veil.deid.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeFactory;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.OtherWordAttribute;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged files are refused by the reader with a clear reason, before anything could be released. */
class DamagedFileTest {

    private static final String NAME = "DOE^JANE";

    @TempDir
    Path dir;
    private byte[] good;

    @BeforeEach
    void writeGoodFile() throws Exception {
        good = image(TransferSyntax.ExplicitVRLittleEndian);
    }

    private byte[] image(String ts) throws Exception {
        AttributeList l = new AttributeList();
        put(l, TagFromName.SOPClassUID, "1.2.840.10008.5.1.4.1.1.7");
        put(l, TagFromName.SOPInstanceUID, "1.2.3.4");
        put(l, TagFromName.StudyInstanceUID, "1.2.3");
        put(l, TagFromName.SeriesInstanceUID, "1.2.3.5");
        put(l, TagFromName.PatientName, NAME);
        put(l, TagFromName.ImageComments, "comment for " + NAME);                  // LT
        Attribute creator = AttributeFactory.newAttribute(new AttributeTag(0x0029, 0x0010), "LO".getBytes(StandardCharsets.US_ASCII));
        creator.addValue("ACME");
        l.put(creator);
        Attribute priv = AttributeFactory.newAttribute(new AttributeTag(0x0029, 0x1010), "UT".getBytes(StandardCharsets.US_ASCII));
        priv.addValue("private " + NAME);
        l.put(priv);
        put(l, TagFromName.Rows, "4");
        put(l, TagFromName.Columns, "4");
        put(l, TagFromName.SamplesPerPixel, "1");
        put(l, TagFromName.BitsAllocated, "16");
        put(l, TagFromName.BitsStored, "12");
        put(l, TagFromName.HighBit, "11");
        put(l, TagFromName.PixelRepresentation, "0");
        put(l, TagFromName.PhotometricInterpretation, "MONOCHROME2");
        OtherWordAttribute px = new OtherWordAttribute(TagFromName.PixelData);
        px.setValues(new short[16]);
        l.put(px);
        FileMetaInformation.addFileMetaInformation(l, "1.2.840.10008.5.1.4.1.1.7", "1.2.3.4", ts, "TEST");
        Path f = dir.resolve("good.dcm");
        l.write(f.toFile(), ts, true, true);
        return Files.readAllBytes(f);
    }

    private static void put(AttributeList l, AttributeTag tag, String value) throws Exception {
        Attribute a = AttributeFactory.newAttribute(tag);
        a.addValue(value);
        l.put(a);
    }

    /** Offset of an explicit VR little endian element's tag. */
    private static int find(byte[] b, int group, int element) {
        for (int i = 132; i + 4 < b.length; i++) {
            if ((b[i] & 0xFF | (b[i + 1] & 0xFF) << 8) == group && (b[i + 2] & 0xFF | (b[i + 3] & 0xFF) << 8) == element) return i;
        }
        throw new AssertionError("tag not found");
    }

    private Path file(byte[] bytes) throws Exception {
        Path f = dir.resolve("mutant.dcm");
        Files.write(f, bytes);
        return f;
    }

    private String refusal(byte[] bytes) throws Exception {
        Path f = file(bytes);
        DamagedFileException e = org.junit.jupiter.api.Assertions.assertThrows(DamagedFileException.class, () -> InstanceReader.readHeader(f));
        assertThat(e.reason()).startsWith("damaged file: ").doesNotContain("DOE").doesNotContain(f.toString());
        assertThatThrownBy(() -> InstanceReader.readFull(f)).isInstanceOf(DamagedFileException.class);
        return e.reason();
    }

    @Test
    void aWholeFileIsReadAndStreamed() throws Exception {
        InstanceReader.Header h = InstanceReader.readHeader(file(good));
        assertThat(h.streamsPixels()).isTrue();
        assertThat(Attributes.string(h.list(), TagFromName.PatientName)).isEqualTo(NAME);
    }

    @Test
    void aFileCutInsideThePixelDataIsRefused() throws Exception {
        assertThat(refusal(Arrays.copyOf(good, good.length - 5))).contains("file ends inside Pixel Data (declares 32 bytes, 27 left)");
    }

    @Test
    void aFileCutInsideTheHeaderIsRefused() throws Exception {
        int at = find(good, 0x0028, 0x0010);
        assertThat(refusal(Arrays.copyOf(good, at + 5))).contains("file ends inside an element header");
    }

    @Test
    void anOverLongTextLengthIsRefusedBeforeAnythingIsAllocated() throws Exception {
        byte[] b = good.clone();
        int at = find(b, 0x0029, 0x1010);   // private UT: 4-byte length at +8
        ByteBuffer.wrap(b, at + 8, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(0xFFFFFFF0);   // about 4 GB
        assertThat(refusal(b)).contains("element (0029,1010) runs past its end (declares 4294967280 bytes");
    }

    @Test
    void anUndefinedLengthOnTextIsRefused() throws Exception {
        byte[] b = good.clone();
        int at = find(b, 0x0029, 0x1010);
        ByteBuffer.wrap(b, at + 8, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(0xFFFFFFFF);
        assertThat(refusal(b)).contains("undefined length on (0029,1010) (VR UT)");
    }

    @Test
    void anOverLongNativePixelLengthIsRefused() throws Exception {
        byte[] b = good.clone();
        int at = find(b, 0x7FE0, 0x0010);
        ByteBuffer.wrap(b, at + 8, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(0xFFFFFFF0);
        assertThat(refusal(b)).contains("file ends inside Pixel Data");
    }

    @Test
    void pixelDataThatDoesNotMatchRowsAndColumnsIsRefused() throws Exception {
        byte[] b = good.clone();
        int at = find(b, 0x0028, 0x0010);   // Rows 4 -> 8: the 32 bytes now describe half an image
        b[at + 8] = 8;
        assertThat(refusal(b)).contains("Pixel Data holds 32 bytes; Rows x Columns x Samples per Pixel x frames x Bits Allocated needs 64");
    }

    @Test
    void bytesAfterTheLastElementAreRefused() throws Exception {
        byte[] b = Arrays.copyOf(good, good.length + 3);
        assertThat(refusal(b)).contains("3 byte(s) after the last whole element");
    }

    @Test
    void aBrokenTagInTheMiddleIsRefusedNotSilentlyCutOff() throws Exception {
        byte[] b = good.clone();
        int at = find(b, 0x0010, 0x0010);
        b[at + 4] = 0x01;   // the VR is no longer letters: PixelMed would stop here and drop the rest
        assertThat(refusal(b)).contains("element (0010,0010) has no valid VR");
    }

    @Test
    void implicitVrFilesAreCheckedToo() throws Exception {
        byte[] b = image(TransferSyntax.ImplicitVRLittleEndian);
        assertThat(InstanceReader.readHeader(file(b)).streamsPixels()).isTrue();
        assertThat(refusal(Arrays.copyOf(b, b.length - 1))).contains("file ends inside Pixel Data");
    }

    @Test
    void nonZeroReservedBytesAfterALongVrAreRefused() throws Exception {
        byte[] b = good.clone();
        int at = find(b, 0x0029, 0x1010);   // UT: tag, VR, 2 reserved bytes, 4-byte length
        b[at + 6] = (byte) 0x80;
        assertThat(refusal(b)).contains("element (0029,1010) has non-zero reserved bytes after its VR");
    }

    @Test
    void anImageCutJustBeforeItsPixelDataIsRefused() throws Exception {
        assertThat(refusal(Arrays.copyOf(good, find(good, 0x7FE0, 0x0010))))
                .contains("an image (Rows, Columns) without Pixel Data: the file may have been cut short");
    }

    @Test
    void aCutDeflatedFileIsRefusedAndAWholeOneRead() throws Exception {
        Path source = Path.of(DamagedFileTest.class.getResource("/corpus/test_files/image_dfl.dcm").toURI());
        byte[] b = Files.readAllBytes(source);
        assertThat(InstanceReader.readHeader(file(b)).list().get(TagFromName.SOPInstanceUID)).isNotNull();
        assertThat(refusal(Arrays.copyOf(b, b.length - 200))).contains("file ends inside the deflated dataset");
    }

    @Test
    void aBinaryValueThatIsNotAWholeNumberOfValuesIsRefused() throws Exception {
        int at = find(good, 0x0028, 0x0010);   // Rows, US: 3 bytes instead of 2 (one byte inserted)
        byte[] b = new byte[good.length + 1];
        System.arraycopy(good, 0, b, 0, at + 10);
        System.arraycopy(good, at + 10, b, at + 11, good.length - at - 10);
        b[at + 6] = 3;
        assertThat(refusal(b)).startsWith("damaged file: ");   // PixelMed drops the element; the count shows it
    }
}
