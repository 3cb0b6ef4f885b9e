package veil.testkit.dicom;

import java.util.List;

/** The choices of one generator run; see {@link PhiStudyGenerator} for what each means. */
record GeneratorSettings(long seed, int patients, int studiesPerPatient, int seriesPerStudy,
                         int instancesPerSeries, int rows, int columns,
                         List<SyntheticTransferSyntax> transferSyntaxes, BurnedInMarking burnedIn,
                         boolean computedTomography, boolean reports, boolean pixelCleaningModalities,
                         boolean nonDicomFiles) {

    GeneratorSettings {
        positive("patients", patients);
        positive("studiesPerPatient", studiesPerPatient);
        positive("seriesPerStudy", seriesPerStudy);
        positive("instancesPerSeries", instancesPerSeries);
        positive("rows", rows);
        positive("columns", columns);
        if (transferSyntaxes.isEmpty()) {
            throw new IllegalArgumentException("at least one transfer syntax is needed");
        }
        transferSyntaxes = List.copyOf(transferSyntaxes);
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
    }
}
