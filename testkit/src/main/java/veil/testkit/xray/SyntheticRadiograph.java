package veil.testkit.xray;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeFactory;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.OtherWordAttribute;
import com.pixelmed.dicom.SOPClass;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * A de-identified-looking DX radiograph for the JPEG export's tests and benchmark: uncompressed,
 * 16 bits allocated, a horizontal ramp over the whole stored range (so windowing and inversion
 * can be checked by column) with a soft round "body" and seeded noise on top when asked.
 */
public final class SyntheticRadiograph {
    private int width = 64, height = 64, bitsStored = 12;
    private String photometric = "MONOCHROME2";
    private Double windowCenter, windowWidth;
    private String patientId = "VEIL0000000001", studyUid = "2.25.1", sopUid = "2.25.1.1", view = "PA", orientation;
    private boolean texture;
    private long seed = 1;

    public SyntheticRadiograph size(int w, int h) { width = w; height = h; return this; }
    public SyntheticRadiograph bitsStored(int b) { bitsStored = b; return this; }
    public SyntheticRadiograph photometric(String p) { photometric = p; return this; }
    public SyntheticRadiograph window(double center, double width) { windowCenter = center; windowWidth = width; return this; }
    public SyntheticRadiograph ids(String patient, String study, String sop) { patientId = patient; studyUid = study; sopUid = sop; return this; }
    public SyntheticRadiograph view(String v) { view = v; return this; }
    /** Patient Orientation, e.g. "R\\F" (null: absent). */
    public SyntheticRadiograph orientation(String o) { orientation = o; return this; }
    /** Adds a body-like shape and noise (realistic JPEG encoding cost); off: the pure ramp. */
    public SyntheticRadiograph texture(boolean t, long s) { texture = t; seed = s; return this; }

    /** Stored value at column x of the pure ramp: 0 at the left edge to 2^bits - 1 at the right. */
    public static int rampValue(int x, int width, int bitsStored) {
        return (int) ((long) x * ((1 << bitsStored) - 1) / Math.max(1, width - 1));
    }

    public void write(Path file) throws IOException {
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        try {
            AttributeList list = new AttributeList();
            put(list, TagFromName.SOPClassUID, SOPClass.DigitalXRayImageStorageForPresentation);
            put(list, TagFromName.SOPInstanceUID, sopUid);
            put(list, TagFromName.StudyInstanceUID, studyUid);
            put(list, TagFromName.SeriesInstanceUID, studyUid + ".1");
            put(list, TagFromName.PatientID, patientId);
            put(list, TagFromName.PatientName, patientId);
            put(list, TagFromName.Modality, "DX");
            put(list, TagFromName.StudyDate, "21500101");
            put(list, TagFromName.StudyTime, "101500");
            put(list, TagFromName.ViewPosition, view);
            put(list, TagFromName.PerformedProcedureStepDescription, "CHEST (PA AND LAT)");
            if (orientation != null) put(list, TagFromName.PatientOrientation, orientation);
            if (windowCenter != null) {
                put(list, TagFromName.WindowCenter, Double.toString(windowCenter));
                put(list, TagFromName.WindowWidth, Double.toString(windowWidth));
            }
            put(list, TagFromName.PhotometricInterpretation, photometric);
            putInt(list, TagFromName.Rows, height);
            putInt(list, TagFromName.Columns, width);
            putInt(list, TagFromName.BitsAllocated, 16);
            putInt(list, TagFromName.BitsStored, bitsStored);
            putInt(list, TagFromName.HighBit, bitsStored - 1);
            putInt(list, TagFromName.SamplesPerPixel, 1);
            putInt(list, TagFromName.PixelRepresentation, 0);
            OtherWordAttribute px = new OtherWordAttribute(TagFromName.PixelData);
            px.setValues(pixels());
            list.put(px);
            FileMetaInformation.addFileMetaInformation(list, TransferSyntax.ExplicitVRLittleEndian, "VEILTEST");
            list.write(file.toString(), TransferSyntax.ExplicitVRLittleEndian, true, true);
        } catch (DicomException e) {
            throw new IOException("could not write " + file + ": " + e.getMessage(), e);
        }
    }

    short[] pixels() {
        short[] data = new short[width * height];
        int max = (1 << bitsStored) - 1;
        SplittableRandom r = new SplittableRandom(seed);
        double cx = width / 2.0, cy = height / 2.0, rad = Math.min(width, height) * 0.4;
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++) {
                int v = rampValue(x, width, bitsStored);
                if (texture) {
                    double d = Math.hypot((x - cx) / rad, (y - cy) / rad);
                    double body = d < 1 ? 0.5 * (1 - d * d) : 0;
                    v = (int) (v * 0.4 + max * body + r.nextGaussian() * max * 0.01);
                }
                data[y * width + x] = (short) Math.max(0, Math.min(max, v));
            }
        return data;
    }

    static void put(AttributeList list, AttributeTag tag, String value) throws DicomException {
        Attribute a = AttributeFactory.newAttribute(tag);
        a.addValue(value);
        list.put(a);
    }

    static void putInt(AttributeList list, AttributeTag tag, int value) throws DicomException {
        Attribute a = AttributeFactory.newAttribute(tag);
        a.addValue(value);
        list.put(a);
    }
}
