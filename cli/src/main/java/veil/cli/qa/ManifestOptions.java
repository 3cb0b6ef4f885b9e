package veil.cli.qa;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import veil.qa.manifest.ManifestFormat;
import veil.qa.manifest.ManifestLoader;

/** Options shared by the commands that read a manifest. */
public final class ManifestOptions {
    @Parameters(index = "0", paramLabel = "INPUT",
            description = "Manifest file or folder: Data_Entry_2017*.csv, CheXpert train.csv/valid.csv (or their folder), "
                    + "a MIMIC-CXR-JPG folder (mimic-cxr-2.0.0-*.csv[.gz]), a folder of DICOM files, or a JPEG folder (veil export jpeg).")
    Path input;

    @Option(names = "--format", paramLabel = "FORMAT", description = "cxr14, chexpert, mimic, dicom or jpeg (default: detected).")
    String format;

    @Option(names = "--train-list", paramLabel = "FILE", description = "ChestX-ray14 train_val_list.txt (default: beside the CSV if present).")
    Path trainList;

    @Option(names = "--test-list", paramLabel = "FILE", description = "ChestX-ray14 test_list.txt (default: beside the CSV if present).")
    Path testList;

    @Option(names = "--labels-csv", paramLabel = "CSV",
            description = "For a DICOM folder: labels CSV with an image (relative path, file name or SOP Instance UID) column, "
                    + "optional split and labeller columns, and one column per label (1, 0, -1 or blank).")
    Path labels;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for reading DICOM headers (default: cores).")
    int threads;

    ManifestLoader.Request request() {
        return new ManifestLoader.Request(input, format == null ? null : ManifestFormat.parse(format), trainList, testList, labels, threads);
    }
}
