package veil.testkit.dicom;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a generated set's manifest as two CSV files, for people and scripts outside the JVM. */
final class ManifestWriter {
    static final String INSTANCES = "instances.csv";
    static final String SEEDED_PHI = "seeded-phi.csv";

    private final GeneratedSet set;

    ManifestWriter(GeneratedSet set) {
        this.set = set;
    }

    void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (Writer out = Files.newBufferedWriter(folder.resolve(INSTANCES), StandardCharsets.UTF_8);
             CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader("path", "patient_key", "kind", "study_instance_uid",
                     "series_instance_uid", "sop_instance_uid", "frame_of_reference_uid", "study_date",
                     "transfer_syntax", "burned_in_annotation", "references").get().print(out)) {
            for (GeneratedInstance i : set.instances()) {
                csv.printRecord(set.root().relativize(i.path()), i.patientKey(), i.kind(), i.studyInstanceUid(),
                        i.seriesInstanceUid(), i.sopInstanceUid(), i.frameOfReferenceUid().orElse(""),
                        i.studyDate(), i.transferSyntax(), i.burnedInAnnotation().orElse(""),
                        String.join(" ", i.references()));
            }
        }
        try (Writer out = Files.newBufferedWriter(folder.resolve(SEEDED_PHI), StandardCharsets.UTF_8);
             CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader("value", "kind", "patient_key").get().print(out)) {
            for (SeededPhi phi : set.seededPhi()) {
                csv.printRecord(phi.value(), phi.kind(), phi.patientKey());
            }
        }
    }
}
