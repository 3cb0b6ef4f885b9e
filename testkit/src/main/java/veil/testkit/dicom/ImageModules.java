package veil.testkit.dicom;

import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.OtherByteAttribute;
import com.pixelmed.dicom.OtherWordAttribute;
import com.pixelmed.dicom.TagFromName;

import java.util.List;
import java.util.Locale;

/** The image-specific modules: pixels, modality attributes, frame of reference and image references. */
final class ImageModules {
    private ImageModules() {
    }

    static void add(ItemBuilder b, PlannedStudy study, PlannedSeries series, PlannedInstance instance,
                    FreeText text, int rows, int columns) {
        InstanceKind kind = series.kind();
        b.text(TagFromName.InstanceNumber, Integer.toString(instance.number()))
                .text(TagFromName.ImageType, "ORIGINAL", "PRIMARY")
                .phi(TagFromName.FrameOfReferenceUID, PhiKind.UID, series.frameOfReferenceUid())
                .text(TagFromName.PositionReferenceIndicator)
                .phi(TagFromName.ImageComments, PhiKind.FREE_TEXT, text.render("imageComments"))
                .text(TagFromName.BodyPartExamined, "CHEST");
        IdentityModules.contentTimes(b, study, series, instance);
        instance.burnedInAnnotation().ifPresent(value -> b.text(TagFromName.BurnedInAnnotation, value));
        references(b, TagFromName.ReferencedImageSequence, instance.referencedImages());
        references(b, TagFromName.SourceImageSequence, instance.sourceImages());
        switch (kind) {
            case CR -> projection(b.text(TagFromName.ViewPosition, "PA").text(TagFromName.PatientOrientation, "P", "F"));
            case DX -> digitalXRay(b, series);
            case CT -> computedTomography(b, instance);
            case US, SC -> b.text(TagFromName.PatientOrientation);
            case SR -> throw new IllegalArgumentException("a report has no image modules");
        }
        if (kind == InstanceKind.SC) {
            b.text(TagFromName.ConversionType, "WSD");
        }
        if (kind == InstanceKind.US || kind == InstanceKind.SC) {
            eightBitPixels(b, rows, columns, instance.number());
        } else {
            twelveBitPixels(b, series.monochrome1() ? "MONOCHROME1" : "MONOCHROME2", rows, columns, instance.number());
        }
    }

    private static void projection(ItemBuilder b) {
        b.text(TagFromName.ImagerPixelSpacing, "0.15", "0.15")
                .text(TagFromName.RescaleIntercept, "0").text(TagFromName.RescaleSlope, "1")
                .text(TagFromName.RescaleType, "US")
                .text(TagFromName.WindowCenter, "2048").text(TagFromName.WindowWidth, "4096");
    }

    private static void digitalXRay(ItemBuilder b, PlannedSeries series) {
        projection(b);
        b.text(TagFromName.PresentationIntentType, "FOR PRESENTATION")
                .text(TagFromName.ImageLaterality, "U")
                .text(TagFromName.ViewPosition, "PA")
                .text(TagFromName.PatientOrientation, "P", "F")
                .sequence(TagFromName.AnatomicRegionSequence, b.item()
                        .text(TagFromName.CodeValue, "51185008")
                        .text(TagFromName.CodingSchemeDesignator, "SCT")
                        .text(TagFromName.CodeMeaning, "Chest"))
                .text(MissingTags.PIXEL_INTENSITY_RELATIONSHIP, "LIN")
                .text(MissingTags.PIXEL_INTENSITY_RELATIONSHIP_SIGN, "1")
                .text(TagFromName.PresentationLUTShape, series.monochrome1() ? "INVERSE" : "IDENTITY")
                .text(TagFromName.LossyImageCompression, "00")
                .text(MissingTags.DETECTOR_TYPE, "DIRECT")
                .text(MissingTags.POSITIONER_TYPE, "NONE")
                .sequence(TagFromName.ViewCodeSequence, b.item()
                        .text(TagFromName.CodeValue, "399348003")
                        .text(TagFromName.CodingSchemeDesignator, "SCT")
                        .text(TagFromName.CodeMeaning, "postero-anterior"))
                .sequence(TagFromName.AcquisitionContextSequence);
    }

    private static void computedTomography(ItemBuilder b, PlannedInstance instance) {
        String z = String.format(Locale.ROOT, "%d", -100 + 5 * instance.number());
        b.text(TagFromName.ImageType, "ORIGINAL", "PRIMARY", "AXIAL")
                .text(TagFromName.RescaleIntercept, "-1024").text(TagFromName.RescaleSlope, "1")
                .text(MissingTags.PATIENT_POSITION, "HFS")
                .text(MissingTags.KVP, "120").text(TagFromName.AcquisitionNumber, "1")
                .text(TagFromName.PixelSpacing, "0.7", "0.7").text(TagFromName.SliceThickness, "5")
                .text(TagFromName.ImageOrientationPatient, "1", "0", "0", "0", "1", "0")
                .text(TagFromName.ImagePositionPatient, "-180", "-180", z)
                .text(TagFromName.SliceLocation, z)
                .text(TagFromName.WindowCenter, "40").text(TagFromName.WindowWidth, "400");
    }

    private static void references(ItemBuilder b, AttributeTag tag, List<Reference> references) {
        if (references.isEmpty()) {
            return;
        }
        ItemBuilder[] items = references.stream().map(r -> b.item()
                .text(TagFromName.ReferencedSOPClassUID, r.sopClassUid())
                .text(TagFromName.ReferencedSOPInstanceUID, r.sopInstanceUid())).toArray(ItemBuilder[]::new);
        b.sequence(tag, items);
    }

    private static void twelveBitPixels(ItemBuilder b, String photometric, int rows, int columns, int phase) {
        imagePixel(b, photometric, rows, columns, 16, 12);
        try {
            OtherWordAttribute pixels = new OtherWordAttribute(TagFromName.PixelData);
            pixels.setValues(PixelPattern.twelveBit(rows, columns, phase));
            b.attribute(pixels);
        } catch (DicomException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void eightBitPixels(ItemBuilder b, int rows, int columns, int phase) {
        imagePixel(b, "MONOCHROME2", rows, columns, 8, 8);
        try {
            OtherByteAttribute pixels = new OtherByteAttribute(TagFromName.PixelData);
            pixels.setValues(PixelPattern.eightBit(rows, columns, phase));
            b.attribute(pixels);
        } catch (DicomException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void imagePixel(ItemBuilder b, String photometric, int rows, int columns, int allocated, int stored) {
        b.text(TagFromName.SamplesPerPixel, "1")
                .text(TagFromName.PhotometricInterpretation, photometric)
                .text(TagFromName.Rows, Integer.toString(rows))
                .text(TagFromName.Columns, Integer.toString(columns))
                .text(TagFromName.BitsAllocated, Integer.toString(allocated))
                .text(TagFromName.BitsStored, Integer.toString(stored))
                .text(TagFromName.HighBit, Integer.toString(stored - 1))
                .text(TagFromName.PixelRepresentation, "0");
    }
}
