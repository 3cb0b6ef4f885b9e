package veil.testkit.dicom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the generator wrote: the manifest of files, the synthetic patients and every identifying
 * string inserted (in headers, sequences, private elements, free text and folder names).
 *
 * @param root          the folder holding the set
 * @param nonDicomFiles stray text files (when asked for) that a run must skip, not copy
 */
public record GeneratedSet(Path root, List<SyntheticPatient> patients, List<GeneratedInstance> instances,
                           List<SeededPhi> seededPhi, List<Path> nonDicomFiles) {

    public GeneratedSet {
        patients = List.copyOf(patients);
        instances = List.copyOf(instances);
        seededPhi = List.copyOf(seededPhi);
        nonDicomFiles = List.copyOf(nonDicomFiles);
    }

    /** Every distinct identifying string, whatever its kind or owner. */
    public Set<String> phiStrings() {
        return phiStrings(EnumSet.allOf(PhiKind.class));
    }

    /** The distinct identifying strings of the given kinds, e.g. all but {@link PhiKind#UID} under retain-uids. */
    public Set<String> phiStrings(Collection<PhiKind> kinds) {
        return seededPhi.stream().filter(p -> kinds.contains(p.kind())).map(SeededPhi::value)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The identifying values of one patient (shared site and staff values excluded). */
    public List<SeededPhi> phiOf(String patientKey) {
        return seededPhi.stream().filter(p -> p.patientKey().equals(patientKey)).toList();
    }

    public List<GeneratedInstance> instancesOf(String patientKey) {
        return instances.stream().filter(i -> i.patientKey().equals(patientKey)).toList();
    }

    /** The patient's distinct study dates, oldest first: intervals between them must survive date shifting. */
    public List<LocalDate> studyDatesOf(String patientKey) {
        return instancesOf(patientKey).stream().map(GeneratedInstance::studyDate).distinct().sorted().toList();
    }

    public Optional<GeneratedInstance> instance(String sopInstanceUid) {
        return instances.stream().filter(i -> i.sopInstanceUid().equals(sopInstanceUid)).findFirst();
    }

    /** Total size of the DICOM files in bytes. */
    public long totalBytes() {
        try {
            long total = 0;
            for (GeneratedInstance instance : instances) {
                total += Files.size(instance.path());
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code instances.csv} and {@code seeded-phi.csv} into {@code folder}, which should be
     * outside {@link #root()} so a de-identification run over the set does not see them.
     */
    public void writeManifest(Path folder) throws IOException {
        new ManifestWriter(this).write(folder);
    }
}
