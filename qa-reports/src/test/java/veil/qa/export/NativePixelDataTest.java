package veil.qa.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.OtherByteAttribute;
import com.pixelmed.dicom.SOPClass;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import com.pixelmed.dicom.UniqueIdentifierAttribute;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativePixelDataTest {
    @TempDir Path tmp;

    Path write(AttributeList list, String ts, String name) throws Exception {
        UniqueIdentifierAttribute cls = new UniqueIdentifierAttribute(TagFromName.SOPClassUID);
        cls.addValue(SOPClass.DigitalXRayImageStorageForPresentation);
        list.put(cls);
        UniqueIdentifierAttribute inst = new UniqueIdentifierAttribute(TagFromName.SOPInstanceUID);
        inst.addValue("2.25.4242");
        list.put(inst);
        FileMetaInformation.addFileMetaInformation(list, ts, "VEIL");
        Path f = tmp.resolve(name);
        list.write(f.toFile(), ts, true, true);
        return f;
    }

    static AttributeList header(Path f) throws Exception {
        AttributeList h = new AttributeList();
        h.read(f.toFile(), TagFromName.PixelData);
        return h;
    }

    static short[] pixelMeds(Path f) throws Exception {
        AttributeList full = new AttributeList();
        full.read(f.toFile());
        return full.get(TagFromName.PixelData).getShortValues();
    }

    @Test
    void explicitAndImplicitLittleEndianFilesGiveTheSamplesPixelMedReads() throws Exception {
        for (String ts : new String[] {TransferSyntax.ExplicitVRLittleEndian, TransferSyntax.ImplicitVRLittleEndian}) {
            Path f = write(FusedConversionTest.image(301, 207, "MONOCHROME2", false, 2048.0, 3000.0, 5), ts, "a" + ts + ".dcm");
            AttributeList h = header(f);
            assertThat(h.get(TagFromName.PixelData)).as("the header read stops before the pixel data").isNull();
            short[] direct = NativePixelData.read(f, h);
            assertThat(direct).as(ts).isNotNull();
            assertThat(direct).isEqualTo(Arrays.copyOf(pixelMeds(f), 301 * 207));
        }
    }

    @Test
    void filesNotEndingWithTheirPixelDataOrCutShortAreLeftToPixelMed() throws Exception {
        AttributeList padded = FusedConversionTest.image(64, 48, "MONOCHROME2", false, null, null, 6);
        OtherByteAttribute pad = new OtherByteAttribute(TagFromName.DataSetTrailingPadding);
        pad.setValues(new byte[8]);
        padded.put(pad);
        Path f = write(padded, TransferSyntax.ExplicitVRLittleEndian, "padded.dcm");
        assertThat(NativePixelData.read(f, header(f))).isNull();

        Path whole = write(FusedConversionTest.image(64, 48, "MONOCHROME2", false, null, null, 7), TransferSyntax.ExplicitVRLittleEndian, "whole.dcm");
        AttributeList h = header(whole);
        byte[] b = Files.readAllBytes(whole);
        Path cut = tmp.resolve("cut.dcm");
        Files.write(cut, Arrays.copyOf(b, b.length - 100));
        assertThat(NativePixelData.read(cut, h)).isNull();

        Path big = write(FusedConversionTest.image(64, 48, "MONOCHROME2", false, null, null, 8), TransferSyntax.ExplicitVRBigEndian, "big.dcm");
        assertThat(NativePixelData.read(big, header(big))).isNull();
    }
}
