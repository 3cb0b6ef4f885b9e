package veil.testkit.dicom;

import java.util.List;
import java.util.Optional;

/**
 * One file to write.
 *
 * @param relativePath      where it goes under the output folder (carries the patient's name, like many real exports)
 * @param burnedInAnnotation YES, NO, or empty when the attribute is left out
 * @param referencedImages  other generated instances referenced from Referenced Image Sequence
 * @param sourceImages      other generated instances referenced from Source Image Sequence
 */
record PlannedInstance(int number, String sopInstanceUid, String relativePath,
                              SyntheticTransferSyntax transferSyntax, Optional<String> burnedInAnnotation,
                              List<Reference> referencedImages, List<Reference> sourceImages) {
}
