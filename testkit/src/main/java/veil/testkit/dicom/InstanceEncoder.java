package veil.testkit.dicom;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.SpecificCharacterSet;

/** Turns one planned instance into a PixelMed attribute list, file meta information included. */
final class InstanceEncoder {
    private static final SpecificCharacterSet LATIN_1 = new SpecificCharacterSet(new String[] {"ISO_IR 100"});
    private static final String SOURCE_AE = "VEILSYNTH";

    private final PhiLedger ledger;
    private final int rows;
    private final int columns;

    InstanceEncoder(PhiLedger ledger, int rows, int columns) {
        this.ledger = ledger;
        this.rows = rows;
        this.columns = columns;
    }

    AttributeList encode(PlannedStudy study, PlannedSeries series, PlannedInstance instance) {
        ItemBuilder b = new ItemBuilder(LATIN_1, ledger, study.patient().key());
        FreeText text = new FreeText(study);
        IdentityModules.sopCommon(b, study, series, instance);
        IdentityModules.patient(b, study, text);
        IdentityModules.study(b, study, text);
        IdentityModules.series(b, study, series, text);
        IdentityModules.equipment(b, study.site());
        if (series.kind().isImage()) {
            ImageModules.add(b, study, series, instance, text, rows, columns);
        } else {
            ReportContent.add(b, study, series, instance, text);
        }
        PrivateBlock.add(b, study, text);
        AttributeList list = b.build();
        try {
            FileMetaInformation.addFileMetaInformation(list, instance.transferSyntax().uid(), SOURCE_AE);
        } catch (DicomException e) {
            throw new IllegalStateException("cannot build file meta information", e);
        }
        return list;
    }
}
