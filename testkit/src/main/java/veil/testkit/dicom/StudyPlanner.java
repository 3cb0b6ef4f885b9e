package veil.testkit.dicom;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * Decides everything about a generated set before any file is written: people, dates, UIDs and
 * which instance references which. All choices come from one seeded {@link Random}, in a fixed order.
 */
final class StudyPlanner {
    private static final LocalDate FIRST_STUDY_FROM = LocalDate.of(2014, 1, 1);

    private final GeneratorSettings settings;
    private final Random random;
    private final Personas personas;
    private int studyCounter;
    private int fileCounter;

    StudyPlanner(GeneratorSettings settings) {
        this.settings = settings;
        this.random = new Random(settings.seed());
        this.personas = new Personas(random);
    }

    List<PlannedStudy> plan() {
        List<Site> sites = List.of(personas.site(0), personas.site(1));
        List<PlannedStudy> studies = new ArrayList<>();
        int elderly = Math.min(1, settings.patients() - 1);
        for (int p = 0; p < settings.patients(); p++) {
            LocalDate firstStudy = FIRST_STUDY_FROM.plusDays(random.nextInt(2_500));
            SyntheticPatient patient = patient(p, firstStudy, p == elderly);
            LocalDate date = firstStudy;
            Optional<String> prior = Optional.empty();
            for (int s = 0; s < settings.studiesPerPatient(); s++) {
                PlannedStudy study = study(patient, s, date, personas.pick(sites), prior);
                studies.add(study);
                prior = Optional.of(study.studyInstanceUid());
                date = date.plusDays(30 + random.nextInt(670));
            }
        }
        return studies;
    }

    private SyntheticPatient patient(int index, LocalDate firstStudy, boolean overEightyNine) {
        int ageYears = overEightyNine ? 90 + random.nextInt(6) : 20 + random.nextInt(65);
        LocalDate birth = firstStudy.minusYears(ageYears).minusDays(1 + random.nextInt(360));
        return new SyntheticPatient(String.format(Locale.ROOT, "patient-%02d", index + 1), personas.person(),
                "PX" + (1_000_000 + random.nextInt(9_000_000)), "NHI-" + personas.code(7),
                birth, random.nextBoolean() ? "F" : "M", personas.address(), personas.phone(), overEightyNine);
    }

    private PlannedStudy study(SyntheticPatient patient, int index, LocalDate date, Site site, Optional<String> prior) {
        int global = studyCounter++;
        InstanceKind imageKind = settings.computedTomography() && global % 3 == 2 ? InstanceKind.CT
                : global % 2 == 0 ? InstanceKind.CR : InstanceKind.DX;
        LocalTime time = LocalTime.of(7 + random.nextInt(11), random.nextInt(60), random.nextInt(60));
        String studyUid = uid();
        String accession = "ACC" + personas.code(8);
        String folder = patientFolder(patient) + "/" + ItemBuilder.DA.format(date) + "_" + accession;

        List<PlannedSeries> series = new ArrayList<>();
        for (int s = 0; s < settings.seriesPerStudy(); s++) {
            boolean monochrome1 = imageKind != InstanceKind.CT && s % 2 == 1;
            series.add(series(series.size() + 1, imageKind, monochrome1, time, folder, settings.instancesPerSeries()));
        }
        if (settings.pixelCleaningModalities() && index == 0) {
            series.add(series(series.size() + 1, InstanceKind.US, false, time, folder, 1));
            series.add(series(series.size() + 1, InstanceKind.SC, false, time, folder, 1));
        }
        if (settings.reports()) {
            series.add(series(series.size() + 1, InstanceKind.SR, false, time, folder, 1));
        }
        series = new ReferencePlanner(settings.burnedIn()).link(series);
        return new PlannedStudy(patient, index, studyUid, date, time, accession, "STU" + personas.code(6),
                "RQP" + personas.code(7), "SPS" + personas.code(7), site, personas.pick(site.physicians()),
                personas.pick(site.physicians()), personas.pick(site.operators()), prior, series);
    }

    private PlannedSeries series(int number, InstanceKind kind, boolean monochrome1, LocalTime studyTime,
                                 String studyFolder, int instances) {
        String folder = String.format(Locale.ROOT, "%s/S%02d_%s", studyFolder, number, kind.name());
        List<PlannedInstance> planned = new ArrayList<>();
        for (int i = 1; i <= instances; i++) {
            SyntheticTransferSyntax ts = settings.transferSyntaxes()
                    .get(fileCounter++ % settings.transferSyntaxes().size());
            planned.add(new PlannedInstance(i, uid(), String.format(Locale.ROOT, "%s/IM%04d.dcm", folder, i), ts,
                    Optional.empty(), List.of(), List.of()));
        }
        return new PlannedSeries(number, uid(), uid(), kind, monochrome1,
                studyTime.plusMinutes(2L * number), planned);
    }

    private static String patientFolder(SyntheticPatient patient) {
        return Person.upper(patient.name().family()) + "_" + Person.upper(patient.name().given()) + "_"
                + patient.patientId();
    }

    /** A UUID-derived UID under the 2.25 root, drawn from the seeded random so sets are reproducible. */
    private String uid() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return "2.25." + new BigInteger(1, bytes);
    }
}
