package veil.testkit.pixels.independent;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeFactory;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.OtherByteAttribute;
import com.pixelmed.dicom.OtherWordAttribute;
import com.pixelmed.dicom.SOPClass;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import java.time.format.DateTimeFormatter;

/** Builds the DICOM instance: a header with the person's identifiers and uncompressed pixel data. */
final class DicomWrap {

    private DicomWrap() { }

    static AttributeList instance(SceneSpec spec, Person p, int[][] frames) throws DicomException {
        Format fmt = spec.format();
        AttributeList l = new AttributeList();
        put(l, TagFromName.SOPClassUID, sopClass(fmt));
        put(l, TagFromName.SOPInstanceUID, uid(spec.seed(), 1));
        put(l, TagFromName.StudyInstanceUID, uid(spec.seed(), 2));
        put(l, TagFromName.SeriesInstanceUID, uid(spec.seed(), 3));
        put(l, TagFromName.Modality, fmt.modality());
        put(l, TagFromName.PatientName, p.dicomName());
        put(l, TagFromName.PatientID, p.patientId());
        put(l, TagFromName.PatientBirthDate, p.birth().format(DateTimeFormatter.BASIC_ISO_DATE));
        put(l, TagFromName.PatientSex, spec.seed() % 2 == 0 ? "F" : "M");
        put(l, TagFromName.StudyDate, p.study().format(DateTimeFormatter.BASIC_ISO_DATE));
        put(l, TagFromName.SeriesDate, p.study().format(DateTimeFormatter.BASIC_ISO_DATE));
        put(l, TagFromName.AccessionNumber, p.accession());
        put(l, TagFromName.InstitutionName, p.institution());
        put(l, TagFromName.ReferringPhysicianName, p.dicomPhysician());
        put(l, TagFromName.Manufacturer, "INDEPENDENT PHANTOM WORKS");
        if (spec.burnedInYes()) put(l, TagFromName.BurnedInAnnotation, "YES");
        put(l, TagFromName.Rows, String.valueOf(fmt.height()));
        put(l, TagFromName.Columns, String.valueOf(fmt.width()));
        put(l, TagFromName.SamplesPerPixel, String.valueOf(fmt.samples()));
        put(l, TagFromName.PhotometricInterpretation, fmt.photometric());
        int allocated = fmt.bitsStored() <= 8 ? 8 : 16;
        put(l, TagFromName.BitsAllocated, String.valueOf(allocated));
        put(l, TagFromName.BitsStored, String.valueOf(fmt.bitsStored()));
        put(l, TagFromName.HighBit, String.valueOf(fmt.bitsStored() - 1));
        put(l, TagFromName.PixelRepresentation, "0");
        if (fmt.rgb()) put(l, TagFromName.PlanarConfiguration, "0");
        if (fmt.frames() > 1) put(l, TagFromName.NumberOfFrames, String.valueOf(fmt.frames()));
        if ("CT".equals(fmt.modality())) {
            put(l, TagFromName.RescaleIntercept, "-1024");
            put(l, TagFromName.RescaleSlope, "1");
            put(l, TagFromName.WindowCenter, "40");
            put(l, TagFromName.WindowWidth, "400");
        }
        int n = frames[0].length;
        if (allocated == 8) {
            byte[] b = new byte[n * frames.length];
            for (int f = 0; f < frames.length; f++) for (int i = 0; i < n; i++) b[f * n + i] = (byte) frames[f][i];
            Attribute pd = new OtherByteAttribute(TagFromName.PixelData);
            pd.setValues(b);
            l.put(pd);
        } else {
            short[] s = new short[n * frames.length];
            for (int f = 0; f < frames.length; f++) for (int i = 0; i < n; i++) s[f * n + i] = (short) frames[f][i];
            Attribute pd = new OtherWordAttribute(TagFromName.PixelData);
            pd.setValues(s);
            l.put(pd);
        }
        FileMetaInformation.addFileMetaInformation(l, TransferSyntax.ExplicitVRLittleEndian, "VEILINDEP");
        return l;
    }

    private static String sopClass(Format f) {
        return switch (f.modality()) {
            case "CR" -> SOPClass.ComputedRadiographyImageStorage;
            case "DX" -> SOPClass.DigitalXRayImageStorageForPresentation;
            case "CT" -> SOPClass.CTImageStorage;
            case "US" -> f.frames() > 1 ? SOPClass.UltrasoundMultiframeImageStorage : SOPClass.UltrasoundImageStorage;
            default -> SOPClass.SecondaryCaptureImageStorage;
        };
    }

    /** UIDs from the seed, so the same seed gives the same instance byte for byte. */
    private static String uid(long seed, int which) {
        long v = (seed * 0x9E3779B97F4A7C15L) ^ (which * 0xC2B2AE3D27D4EB4FL);
        return "2.25." + Long.toUnsignedString(v & Long.MAX_VALUE) + which;
    }

    private static void put(AttributeList l, AttributeTag t, String v) throws DicomException {
        Attribute a = AttributeFactory.newAttribute(t);
        a.addValue(v);
        l.put(a);
    }
}
