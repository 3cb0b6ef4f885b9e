package veil.testkit.dicom;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * A study of one patient at one site on one date.
 *
 * @param priorStudyUid the patient's previous study, referenced from Referenced Study Sequence
 */
record PlannedStudy(SyntheticPatient patient, int index, String studyInstanceUid, LocalDate date,
                           LocalTime time, String accessionNumber, String studyId, String requestedProcedureId,
                           String scheduledStepId, Site site, Person referringPhysician, Person reader,
                           Person operator, Optional<String> priorStudyUid, List<PlannedSeries> series) {
}
