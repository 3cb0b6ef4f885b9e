package veil.qa.export;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code mimic-cxr-2.0.0-metadata.csv} in MIMIC-CXR-JPG's column order. Rows and Columns are
 * those of the JPEG written (MIMIC-CXR-JPG kept full resolution, so there they equal the DICOM's);
 * StudyDate and StudyTime are whatever the de-identified header holds (shifted by Veil's research
 * profile).
 */
public final class MetadataCsv {
    public static final String FILE = "mimic-cxr-2.0.0-metadata.csv";
    public static final String[] HEADER = {"dicom_id", "subject_id", "study_id", "PerformedProcedureStepDescription",
            "ViewPosition", "Rows", "Columns", "StudyDate", "StudyTime", "ProcedureCodeSequence_CodeMeaning",
            "ViewCodeSequence_CodeMeaning", "PatientOrientationCodeSequence_CodeMeaning"};

    /** (0054,0410): PixelMed's TagFromName lacks it. */
    static final com.pixelmed.dicom.AttributeTag PATIENT_ORIENTATION_CODE_SEQUENCE = new com.pixelmed.dicom.AttributeTag(0x0054, 0x0410);

    private MetadataCsv() {}

    /** One image's row. */
    public record Row(String dicomId, String subjectId, String studyId, String procedure, String viewPosition, int rows,
                      int columns, String studyDate, String studyTime, String procedureCode, String viewCode,
                      String patientOrientationCode) {

        static Row of(MimicLayout id, AttributeList h, int outRows, int outColumns) {
            return new Row(id.dicomId(), id.subjectId(), id.studyId(), s(h, TagFromName.PerformedProcedureStepDescription),
                    s(h, TagFromName.ViewPosition), outRows, outColumns, s(h, TagFromName.StudyDate), s(h, TagFromName.StudyTime),
                    MimicLayout.codeMeaning(h, TagFromName.ProcedureCodeSequence), MimicLayout.codeMeaning(h, TagFromName.ViewCodeSequence),
                    MimicLayout.codeMeaning(h, PATIENT_ORIENTATION_CODE_SEQUENCE));
        }

        private static String s(AttributeList h, com.pixelmed.dicom.AttributeTag t) {
            String v = MimicLayout.str(h, t);
            return v == null ? "" : v;
        }
    }

    /** Writes to a temporary name beside {@code out} and renames. */
    public static void write(List<Row> rows, Path out) throws IOException {
        Path tmp = out.resolveSibling("." + out.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator("\n").get())) {
            for (Row r : rows)
                p.printRecord(r.dicomId(), r.subjectId(), r.studyId(), r.procedure(), r.viewPosition(), r.rows(), r.columns(),
                        r.studyDate(), r.studyTime(), r.procedureCode(), r.viewCode(), r.patientOrientationCode());
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
