package veil.testkit.dicom;

import com.pixelmed.dicom.TagFromName;

import java.util.List;

/**
 * A Basic Text SR report: its content tree names the patient in free text and a PNAME item, and
 * its evidence sequence (three levels deep) and an IMAGE item reference the study's images.
 */
final class ReportContent {
    private ReportContent() {
    }

    static void add(ItemBuilder b, PlannedStudy study, PlannedSeries series, PlannedInstance instance, FreeText text) {
        String verified = ItemBuilder.DA.format(study.date()) + IdentityModules.TM.format(series.time())
                + study.site().timezoneOffset();
        b.text(TagFromName.InstanceNumber, Integer.toString(instance.number()))
                .sequence(TagFromName.ReferencedPerformedProcedureStepSequence)
                .text(TagFromName.CompletionFlag, "COMPLETE")
                .text(TagFromName.VerificationFlag, "VERIFIED")
                .date(TagFromName.ContentDate, study.date())
                .text(TagFromName.ContentTime, IdentityModules.TM.format(series.time()))
                .sequence(TagFromName.VerifyingObserverSequence, b.item()
                        .sharedPerson(TagFromName.VerifyingObserverName, study.reader())
                        .sequence(TagFromName.VerifyingObserverIdentificationCodeSequence)
                        .sharedPhi(TagFromName.VerifyingOrganization, PhiKind.INSTITUTION, study.site().institution())
                        .phi(TagFromName.VerificationDateTime, PhiKind.DATE_TIME, verified))
                .sequence(TagFromName.PerformedProcedureCodeSequence)
                .sequence(TagFromName.CurrentRequestedProcedureEvidenceSequence, evidence(b, study));

        List<PlannedSeries> images = study.series().stream().filter(s -> s.kind().isImage()).toList();
        ItemBuilder findings = b.item()
                .text(TagFromName.RelationshipType, "CONTAINS")
                .text(TagFromName.ValueType, "TEXT")
                .sequence(TagFromName.ConceptNameCodeSequence, code(b, "121071", "DCM", "Finding"))
                .phi(TagFromName.TextValue, PhiKind.FREE_TEXT, text.render("reportFinding"));
        ItemBuilder container = b.item()
                .text(TagFromName.RelationshipType, "CONTAINS")
                .text(TagFromName.ValueType, "CONTAINER")
                .sequence(TagFromName.ConceptNameCodeSequence, code(b, "121070", "DCM", "Findings"))
                .text(TagFromName.ContinuityOfContent, "SEPARATE");
        if (images.isEmpty()) {
            container.sequence(TagFromName.ContentSequence, findings);
        } else {
            PlannedSeries first = images.get(0);
            container.sequence(TagFromName.ContentSequence, findings, b.item()
                    .text(TagFromName.RelationshipType, "CONTAINS")
                    .text(TagFromName.ValueType, "IMAGE")
                    .sequence(TagFromName.ConceptNameCodeSequence, code(b, "121080", "DCM", "Best illustration of finding"))
                    .sequence(TagFromName.ReferencedSOPSequence, sop(b, first.kind(), first.instances().get(0))));
        }
        b.text(TagFromName.ValueType, "CONTAINER")
                .sequence(TagFromName.ConceptNameCodeSequence, code(b, "18748-4", "LN", "Diagnostic Imaging Report"))
                .text(TagFromName.ContinuityOfContent, "SEPARATE")
                .sequence(TagFromName.ContentSequence, b.item()
                        .text(TagFromName.RelationshipType, "HAS OBS CONTEXT")
                        .text(TagFromName.ValueType, "PNAME")
                        .sequence(TagFromName.ConceptNameCodeSequence, code(b, "121008", "DCM", "Person Observer Name"))
                        .sharedPerson(TagFromName.PersonName, study.reader()), container);
    }

    private static ItemBuilder evidence(ItemBuilder b, PlannedStudy study) {
        ItemBuilder[] seriesItems = study.series().stream().filter(s -> s.kind().isImage())
                .map(s -> b.item()
                        .text(TagFromName.SeriesInstanceUID, s.seriesInstanceUid())
                        .sequence(TagFromName.ReferencedSOPSequence, s.instances().stream()
                                .map(i -> sop(b, s.kind(), i)).toArray(ItemBuilder[]::new)))
                .toArray(ItemBuilder[]::new);
        return b.item()
                .text(TagFromName.StudyInstanceUID, study.studyInstanceUid())
                .sequence(TagFromName.ReferencedSeriesSequence, seriesItems);
    }

    private static ItemBuilder sop(ItemBuilder b, InstanceKind kind, PlannedInstance instance) {
        return b.item()
                .text(TagFromName.ReferencedSOPClassUID, kind.sopClassUid())
                .text(TagFromName.ReferencedSOPInstanceUID, instance.sopInstanceUid());
    }

    private static ItemBuilder code(ItemBuilder b, String value, String scheme, String meaning) {
        return b.item()
                .text(TagFromName.CodeValue, value)
                .text(TagFromName.CodingSchemeDesignator, scheme)
                .text(TagFromName.CodeMeaning, meaning);
    }
}
