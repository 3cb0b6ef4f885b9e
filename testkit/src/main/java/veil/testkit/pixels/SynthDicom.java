package veil.testkit.pixels;

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
import com.pixelmed.dicom.UIDGenerator;
import java.time.format.DateTimeFormatter;

/** Wraps synthetic pixels in a DICOM instance whose header carries the same made-up identifiers. */
public final class SynthDicom {

    private static final DateTimeFormatter DA = DateTimeFormatter.BASIC_ISO_DATE;

    private SynthDicom() { }

    /** A grey radiograph (CR, or DX) from a generated image. */
    public static AttributeList grey(SynthImage img, String modality) throws DicomException {
        AttributeList list = header(img.patient(), modality,
                "CR".equals(modality) ? SOPClass.ComputedRadiographyImageStorage : SOPClass.DigitalXRayImageStorageForPresentation);
        int bits = img.spec().bitsStored();
        put(list, TagFromName.PhotometricInterpretation, img.spec().monochrome1() ? "MONOCHROME1" : "MONOCHROME2");
        pixelModule(list, img.width(), img.height(), 1, bits <= 8 ? 8 : 16, bits);
        if (bits <= 8) {
            byte[] b = new byte[img.stored().length];
            for (int i = 0; i < b.length; i++) b[i] = (byte) img.stored()[i];
            Attribute pd = new OtherByteAttribute(TagFromName.PixelData);
            pd.setValues(b);
            list.put(pd);
        } else {
            short[] s = new short[img.stored().length];
            for (int i = 0; i < s.length; i++) s[i] = (short) img.stored()[i];
            Attribute pd = new OtherWordAttribute(TagFromName.PixelData);
            pd.setValues(s);
            list.put(pd);
        }
        return list;
    }

    /** An RGB instance (ultrasound or secondary capture) from interleaved 8-bit RGB samples. */
    public static AttributeList rgb(SynthPatient p, String modality, int width, int height, byte[] rgb, int frames)
            throws DicomException {
        AttributeList list = header(p, modality,
                "US".equals(modality) ? (frames > 1 ? SOPClass.UltrasoundMultiframeImageStorage : SOPClass.UltrasoundImageStorage)
                        : SOPClass.SecondaryCaptureImageStorage);
        put(list, TagFromName.PhotometricInterpretation, "RGB");
        pixelModule(list, width, height, 3, 8, 8);
        put(list, TagFromName.PlanarConfiguration, "0");
        if (frames > 1) put(list, TagFromName.NumberOfFrames, String.valueOf(frames));
        Attribute pd = new OtherByteAttribute(TagFromName.PixelData);
        pd.setValues(rgb);
        list.put(pd);
        return list;
    }

    private static AttributeList header(SynthPatient p, String modality, String sopClass) throws DicomException {
        AttributeList list = new AttributeList();
        UIDGenerator uids = new UIDGenerator();
        String sop = uids.getAnotherNewUID();
        put(list, TagFromName.SOPClassUID, sopClass);
        put(list, TagFromName.SOPInstanceUID, sop);
        put(list, TagFromName.StudyInstanceUID, uids.getAnotherNewUID());
        put(list, TagFromName.SeriesInstanceUID, uids.getAnotherNewUID());
        put(list, TagFromName.Modality, modality);
        put(list, TagFromName.PatientName, p.dicomName());
        put(list, TagFromName.PatientID, p.patientId());
        put(list, TagFromName.PatientBirthDate, p.birthDate().format(DA));
        put(list, TagFromName.PatientSex, "O");
        put(list, TagFromName.StudyDate, p.studyDate().format(DA));
        put(list, TagFromName.AccessionNumber, p.accession());
        put(list, TagFromName.InstitutionName, p.institution());
        put(list, TagFromName.Manufacturer, "VEIL SYNTHETIC");
        put(list, TagFromName.BurnedInAnnotation, "YES");
        FileMetaInformation.addFileMetaInformation(list, TransferSyntax.ExplicitVRLittleEndian, "VEIL");
        return list;
    }

    private static void pixelModule(AttributeList list, int w, int h, int samples, int allocated, int stored)
            throws DicomException {
        put(list, TagFromName.Rows, String.valueOf(h));
        put(list, TagFromName.Columns, String.valueOf(w));
        put(list, TagFromName.SamplesPerPixel, String.valueOf(samples));
        put(list, TagFromName.BitsAllocated, String.valueOf(allocated));
        put(list, TagFromName.BitsStored, String.valueOf(stored));
        put(list, TagFromName.HighBit, String.valueOf(stored - 1));
        put(list, TagFromName.PixelRepresentation, "0");
    }

    static void put(AttributeList list, AttributeTag tag, String value) throws DicomException {
        Attribute a = AttributeFactory.newAttribute(tag);
        a.addValue(value);
        list.put(a);
    }
}
