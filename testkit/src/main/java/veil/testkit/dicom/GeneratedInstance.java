package veil.testkit.dicom;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One written file and what a test needs to know about it.
 *
 * @param references          SOP Instance UIDs of the other generated instances this one references
 *                            (Referenced/Source Image Sequence, or an SR's evidence and IMAGE items)
 * @param frameOfReferenceUid shared by every image of a series; empty for reports
 * @param burnedInAnnotation  the value of Burned In Annotation, empty when absent
 */
public record GeneratedInstance(Path path, String patientKey, InstanceKind kind, String studyInstanceUid,
                                String seriesInstanceUid, String sopInstanceUid, Optional<String> frameOfReferenceUid,
                                LocalDate studyDate, SyntheticTransferSyntax transferSyntax,
                                Optional<String> burnedInAnnotation, List<String> references) {

    /** True when the header says there is burned-in text, so the file must not be released uncleaned. */
    public boolean burnedInAnnotationYes() {
        return burnedInAnnotation.filter("YES"::equals).isPresent();
    }
}
