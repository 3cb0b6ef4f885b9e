package veil.testkit.dicom;

import com.pixelmed.dicom.TagFromName;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * The patient, study, series and equipment attributes every instance carries, with the patient's
 * identifiers in standard attributes, nested sequences and free text.
 */
final class IdentityModules {
    static final DateTimeFormatter TM = DateTimeFormatter.ofPattern("HHmmss");
    /** Detached Study Management SOP Class, the class Referenced Study Sequence items use. */
    private static final String STUDY_REFERENCE_CLASS = "1.2.840.10008.3.1.2.3.1";

    private IdentityModules() {
    }

    static void patient(ItemBuilder b, PlannedStudy study, FreeText text) {
        SyntheticPatient patient = study.patient();
        b.person(TagFromName.PatientName, patient.name())
                .phi(TagFromName.PatientID, PhiKind.IDENTIFIER, patient.patientId())
                .sharedPhi(TagFromName.IssuerOfPatientID, PhiKind.INSTITUTION, study.site().issuerOfPatientId())
                .date(TagFromName.PatientBirthDate, patient.birthDate())
                .text(TagFromName.PatientSex, patient.sex())
                .phi(TagFromName.OtherPatientIDs, PhiKind.IDENTIFIER, patient.otherPatientId())
                .sequence(TagFromName.OtherPatientIDsSequence, b.item()
                        .phi(TagFromName.PatientID, PhiKind.IDENTIFIER, patient.otherPatientId())
                        .text(TagFromName.IssuerOfPatientID, "NATIONAL HEALTH INDEX")
                        .text(TagFromName.TypeOfPatientID, "TEXT"))
                .phi(TagFromName.PatientAddress, PhiKind.ADDRESS, patient.address())
                .phi(TagFromName.PatientTelephoneNumbers, PhiKind.PHONE, patient.phone());
        String age = PatientAges.asValue(patient, study.date());
        if (patient.overEightyNine()) {
            b.phi(TagFromName.PatientAge, PhiKind.AGE_OVER_89, age);
        } else {
            b.text(TagFromName.PatientAge, age);
        }
        b.text(TagFromName.PatientSize, "1.72").text(TagFromName.PatientWeight, "68")
                .phi(TagFromName.AdditionalPatientHistory, PhiKind.FREE_TEXT, text.render("additionalPatientHistory"));
        b.alsoMentions(PhiKind.DATE, FreeText.isoDate(study));
    }

    static void study(ItemBuilder b, PlannedStudy study, FreeText text) {
        b.phi(TagFromName.StudyInstanceUID, PhiKind.UID, study.studyInstanceUid())
                .date(TagFromName.StudyDate, study.date())
                .text(TagFromName.StudyTime, TM.format(study.time()))
                .sharedPerson(TagFromName.ReferringPhysicianName, study.referringPhysician())
                .sequence(TagFromName.ReferringPhysicianIdentificationSequence, b.sharedItem()
                        .sequence(TagFromName.PersonIdentificationCodeSequence, b.sharedItem()
                                .text(TagFromName.CodeValue, "STAFF" + (study.site().physicians().indexOf(study.referringPhysician()) + 1))
                                .text(TagFromName.CodingSchemeDesignator, "99VEILSTAFF")
                                .sharedPhi(TagFromName.CodeMeaning, PhiKind.PERSON_NAME, study.referringPhysician().spoken()))
                        .sharedPhi(TagFromName.InstitutionName, PhiKind.INSTITUTION, study.site().institution()))
                .phi(TagFromName.StudyID, PhiKind.IDENTIFIER, study.studyId())
                .phi(TagFromName.AccessionNumber, PhiKind.IDENTIFIER, study.accessionNumber())
                .phi(TagFromName.StudyDescription, PhiKind.FREE_TEXT, text.render("studyDescription"))
                .sharedPerson(TagFromName.NameOfPhysiciansReadingStudy, study.reader());
        study.priorStudyUid().ifPresent(prior -> b.sequence(TagFromName.ReferencedStudySequence, b.item()
                .text(TagFromName.ReferencedSOPClassUID, STUDY_REFERENCE_CLASS)
                .text(TagFromName.ReferencedSOPInstanceUID, prior)));
    }

    static void series(ItemBuilder b, PlannedStudy study, PlannedSeries series, FreeText text) {
        b.text(TagFromName.Modality, series.kind().modality())
                .phi(TagFromName.SeriesInstanceUID, PhiKind.UID, series.seriesInstanceUid())
                .text(TagFromName.SeriesNumber, Integer.toString(series.number()))
                .date(TagFromName.SeriesDate, study.date())
                .text(TagFromName.SeriesTime, TM.format(series.time()))
                .sharedPerson(TagFromName.OperatorsName, study.operator())
                .sharedPerson(TagFromName.PerformingPhysicianName, study.referringPhysician())
                .date(TagFromName.PerformedProcedureStepStartDate, study.date())
                .sequence(TagFromName.RequestAttributesSequence, b.item()
                        .phi(TagFromName.RequestedProcedureID, PhiKind.IDENTIFIER, study.requestedProcedureId())
                        .phi(MissingTags.SCHEDULED_PROCEDURE_STEP_ID, PhiKind.IDENTIFIER, study.scheduledStepId())
                        .phi(TagFromName.AccessionNumber, PhiKind.IDENTIFIER, study.accessionNumber())
                        .text(TagFromName.RequestedProcedureDescription, "CHEST X-RAY")
                        .phi(TagFromName.ReasonForTheRequestedProcedure, PhiKind.FREE_TEXT, text.render("reasonForRequest"))
                        .sequence(TagFromName.ReferencedStudySequence, b.item()
                                .text(TagFromName.ReferencedSOPClassUID, STUDY_REFERENCE_CLASS)
                                .text(TagFromName.ReferencedSOPInstanceUID, study.studyInstanceUid())));
    }

    static void equipment(ItemBuilder b, Site site) {
        b.text(TagFromName.Manufacturer, "VEIL SYNTHETIC")
                .text(TagFromName.ManufacturerModelName, "PHI GENERATOR")
                .text(TagFromName.SoftwareVersions, "1")
                .sharedPhi(TagFromName.InstitutionName, PhiKind.INSTITUTION, site.institution())
                .sharedPhi(TagFromName.InstitutionAddress, PhiKind.INSTITUTION, site.address())
                .text(TagFromName.InstitutionalDepartmentName, "Radiology")
                .sharedPhi(TagFromName.StationName, PhiKind.DEVICE, site.stationName())
                .sharedPhi(TagFromName.DeviceSerialNumber, PhiKind.DEVICE, site.deviceSerialNumber());
    }

    static void sopCommon(ItemBuilder b, PlannedStudy study, PlannedSeries series, PlannedInstance instance) {
        b.text(TagFromName.SpecificCharacterSet, "ISO_IR 100")
                .text(TagFromName.SOPClassUID, series.kind().sopClassUid())
                .phi(TagFromName.SOPInstanceUID, PhiKind.UID, instance.sopInstanceUid())
                .date(TagFromName.InstanceCreationDate, study.date())
                .text(TagFromName.InstanceCreationTime, TM.format(contentTime(series, instance)))
                .text(TagFromName.TimezoneOffsetFromUTC, study.site().timezoneOffset());
    }

    /** Content Date/Time and Acquisition DateTime with the site's time zone. */
    static void contentTimes(ItemBuilder b, PlannedStudy study, PlannedSeries series, PlannedInstance instance) {
        LocalTime time = contentTime(series, instance);
        b.date(TagFromName.ContentDate, study.date())
                .text(TagFromName.ContentTime, TM.format(time))
                .phi(TagFromName.AcquisitionDateTime, PhiKind.DATE_TIME,
                        ItemBuilder.DA.format(study.date()) + TM.format(time) + ".250000" + study.site().timezoneOffset());
    }

    private static LocalTime contentTime(PlannedSeries series, PlannedInstance instance) {
        return series.time().plusSeconds(15L * instance.number());
    }
}
