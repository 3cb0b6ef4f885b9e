package veil.testkit.dicom;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes reproducible synthetic DICOM studies seeded with known PHI.
 *
 * <pre>{@code
 * GeneratedSet set = new PhiStudyGenerator(42).patients(5).studiesPerPatient(2).write(dir);
 * }</pre>
 *
 * Each study holds {@code seriesPerStudy} image series of {@code instancesPerSeries} images (CR or
 * DX chest X-rays, MONOCHROME2 and MONOCHROME1 alternating by series; every third study is CT when
 * CT is on), then a Basic Text SR when reports are on, and in each patient's first study one US and
 * one SC image when pixel-cleaning modalities are on. The same seed and settings give byte-identical files.
 */
public final class PhiStudyGenerator {
    private final long seed;
    private int patients = 3;
    private int studiesPerPatient = 2;
    private int seriesPerStudy = 2;
    private int instancesPerSeries = 2;
    private int rows = 64;
    private int columns = 64;
    private List<SyntheticTransferSyntax> transferSyntaxes = List.of(SyntheticTransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
    private BurnedInMarking burnedIn = BurnedInMarking.ALL_NO;
    private boolean computedTomography = true;
    private boolean reports = true;
    private boolean pixelCleaningModalities;
    private boolean nonDicomFiles;

    public PhiStudyGenerator(long seed) {
        this.seed = seed;
    }

    public PhiStudyGenerator patients(int count) { this.patients = count; return this; }

    /** Studies per patient, on different dates 30 to 700 days apart. */
    public PhiStudyGenerator studiesPerPatient(int count) { this.studiesPerPatient = count; return this; }

    /** Image series per study (reports and US/SC series come on top). */
    public PhiStudyGenerator seriesPerStudy(int count) { this.seriesPerStudy = count; return this; }

    public PhiStudyGenerator instancesPerSeries(int count) { this.instancesPerSeries = count; return this; }

    /** Image size; 16-bit CR/DX/CT images of 2048 x 2048 make files of about 8 MB. Default 64 x 64. */
    public PhiStudyGenerator imageSize(int rows, int columns) {
        this.rows = rows;
        this.columns = columns;
        return this;
    }

    /** Encodings used in turn, file by file. Default explicit VR little endian only. */
    public PhiStudyGenerator transferSyntaxes(SyntheticTransferSyntax... syntaxes) {
        this.transferSyntaxes = List.of(syntaxes);
        return this;
    }

    public PhiStudyGenerator burnedInAnnotation(BurnedInMarking marking) { this.burnedIn = marking; return this; }

    /** Whether every third study is a CT instead of a chest X-ray. Default on. */
    public PhiStudyGenerator computedTomography(boolean on) { this.computedTomography = on; return this; }

    /** Whether each study gets a Basic Text SR report. Default on. */
    public PhiStudyGenerator reports(boolean on) { this.reports = on; return this; }

    /** Whether each patient's first study gets a US and an SC image (quarantined by modality). Default off. */
    public PhiStudyGenerator pixelCleaningModalities(boolean on) { this.pixelCleaningModalities = on; return this; }

    /** Whether each patient folder gets a {@code notes.txt} naming the patient, which a run must skip. Default off. */
    public PhiStudyGenerator nonDicomFiles(boolean on) { this.nonDicomFiles = on; return this; }

    /**
     * Writes the set under {@code folder} (created if missing; it must be empty).
     *
     * @throws IOException if the folder is not empty or a file cannot be written
     */
    public GeneratedSet write(Path folder) throws IOException {
        GeneratorSettings settings = new GeneratorSettings(seed, patients, studiesPerPatient, seriesPerStudy,
                instancesPerSeries, rows, columns, transferSyntaxes, burnedIn, computedTomography, reports,
                pixelCleaningModalities, nonDicomFiles);
        Files.createDirectories(folder);
        try (var entries = Files.list(folder)) {
            if (entries.findAny().isPresent()) {
                throw new IOException("the folder for a generated set must be empty: " + folder);
            }
        }
        List<PlannedStudy> studies = new StudyPlanner(settings).plan();
        PhiLedger ledger = new PhiLedger();
        InstanceEncoder encoder = new InstanceEncoder(ledger, rows, columns);
        List<GeneratedInstance> written = new ArrayList<>();
        Map<String, SyntheticPatient> patientsByKey = new LinkedHashMap<>();
        for (PlannedStudy study : studies) {
            patientsByKey.put(study.patient().key(), study.patient());
            for (PlannedSeries series : study.series()) {
                for (PlannedInstance instance : series.instances()) {
                    written.add(write(folder, encoder, study, series, instance));
                }
            }
        }
        List<Path> strays = new ArrayList<>();
        if (nonDicomFiles) {
            for (PlannedStudy study : studies) {
                if (study.index() == 0) {
                    strays.add(writeNotes(folder, study, ledger));
                }
            }
        }
        return new GeneratedSet(folder, List.copyOf(patientsByKey.values()), written, ledger.all(), strays);
    }

    private static GeneratedInstance write(Path folder, InstanceEncoder encoder, PlannedStudy study,
                                           PlannedSeries series, PlannedInstance instance) throws IOException {
        AttributeList list = encoder.encode(study, series, instance);
        Path file = folder.resolve(instance.relativePath());
        Files.createDirectories(file.getParent());
        try {
            list.write(file.toFile(), instance.transferSyntax().uid(), true, true);
        } catch (DicomException e) {
            throw new IOException("cannot write a synthetic instance to " + file, e);
        }
        List<String> references = new ArrayList<>();
        instance.referencedImages().forEach(r -> references.add(r.sopInstanceUid()));
        instance.sourceImages().forEach(r -> references.add(r.sopInstanceUid()));
        if (series.kind() == InstanceKind.SR) {
            study.series().stream().filter(s -> s.kind().isImage())
                    .forEach(s -> s.instances().forEach(i -> references.add(i.sopInstanceUid())));
        }
        Optional<String> frameOfReference = series.kind().isImage()
                ? Optional.of(series.frameOfReferenceUid()) : Optional.empty();
        return new GeneratedInstance(file, study.patient().key(), series.kind(), study.studyInstanceUid(),
                series.seriesInstanceUid(), instance.sopInstanceUid(), frameOfReference, study.date(),
                instance.transferSyntax(), instance.burnedInAnnotation(), List.copyOf(references.stream().distinct().toList()));
    }

    private static Path writeNotes(Path folder, PlannedStudy study, PhiLedger ledger) throws IOException {
        Path first = folder.resolve(study.series().get(0).instances().get(0).relativePath());
        Path notes = first.getParent().getParent().getParent().resolve("notes.txt");
        String text = new FreeText(study).render("additionalPatientHistory") + System.lineSeparator();
        ledger.record(text.strip(), PhiKind.FREE_TEXT, study.patient().key());
        Files.writeString(notes, text, StandardCharsets.UTF_8);
        return notes;
    }
}
