package veil.bench.deid;

import java.nio.file.Path;
import veil.testkit.dicom.BurnedInMarking;
import veil.testkit.dicom.PhiStudyGenerator;
import veil.testkit.dicom.SyntheticTransferSyntax;

/** Writes the PHI-seeded set {@code run-deid-validate} checks: every kind, every encoding, a few burned-in images. */
public final class GenerateValidationSet {

    private GenerateValidationSet() { }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: GenerateValidationSet OUT-FOLDER PATIENTS");
            System.exit(1);
        }
        new PhiStudyGenerator(11).patients(Integer.parseInt(args[1])).studiesPerPatient(2).seriesPerStudy(2).instancesPerSeries(2)
                .transferSyntaxes(SyntheticTransferSyntax.values()).burnedInAnnotation(BurnedInMarking.FIRST_IMAGE_OF_STUDY_YES)
                .pixelCleaningModalities(true).write(Path.of(args[0]));
    }
}
