package veil.qa.manifest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Detects the format of an input (file or folder) and reads it into a {@link Dataset}. */
public final class ManifestLoader {
    /** What to read: the input plus optional format and side files. */
    public record Request(Path input, ManifestFormat format, Path trainList, Path testList, Path labels, int threads) {
        public Request {
            if (input == null) throw new IllegalArgumentException("input is required");
            if (threads <= 0) threads = Runtime.getRuntime().availableProcessors();
        }

        public static Request of(Path input) { return new Request(input, null, null, null, null, 0); }
    }

    private ManifestLoader() {}

    public static Dataset load(Path input) throws IOException { return load(Request.of(input)); }

    public static Dataset load(Request req) throws IOException {
        Path in = req.input();
        if (!Files.exists(in)) throw new ManifestException("input not found: " + in);
        ManifestFormat f = req.format() != null ? req.format() : detect(in);
        switch (f) {
            case CXR14:
                return Cxr14Reader.read(Files.isDirectory(in) ? cxr14File(in) : in, req.trainList(), req.testList());
            case CHEXPERT: {
                List<Path> files = Files.isDirectory(in) ? CheXpertReader.filesIn(in) : List.of(in);
                if (files.isEmpty()) throw new ManifestException("no train.csv or valid.csv in " + in);
                return CheXpertReader.read(files);
            }
            case MIMIC:
                return MimicReader.read(in);
            case DICOM:
                if (!Files.isDirectory(in)) throw new ManifestException("--format dicom needs a folder: " + in);
                return DicomFolderReader.read(in, req.labels(), req.threads());
            case JPEG:
                if (!Files.isDirectory(in)) throw new ManifestException("--format jpeg needs a folder: " + in);
                return JpegFolderReader.read(in, req.labels(), req.threads());
            default:
                throw new IllegalStateException(f.toString());
        }
    }

    /** Detects the format from file names and the CSV header; throws with a hint when unsure. */
    public static ManifestFormat detect(Path in) throws IOException {
        if (Files.isDirectory(in)) {
            if (MimicReader.find(in, "metadata") != null) {
                // a metadata file alone beside JPEG files is an export (veil export jpeg); with labels or splits it is MIMIC-CXR-JPG
                boolean mimicParts = MimicReader.find(in, "split") != null || MimicReader.find(in, "chexpert") != null
                        || MimicReader.find(in, "negbio") != null;
                return !mimicParts && JpegFolderReader.looksLike(in) ? ManifestFormat.JPEG : ManifestFormat.MIMIC;
            }
            if (cxr14FileOrNull(in) != null) return ManifestFormat.CXR14;
            for (Path p : CheXpertReader.filesIn(in))
                if (CheXpertReader.looksLike(Csv.firstLine(p))) return ManifestFormat.CHEXPERT;
            if (DicomFolderReader.looksLike(in)) return ManifestFormat.DICOM;
            if (JpegFolderReader.looksLike(in)) return ManifestFormat.JPEG;
            throw new ManifestException("cannot tell the format of folder " + in
                    + ": expected Data_Entry_2017*.csv, train.csv/valid.csv, mimic-cxr-2.0.0-metadata.csv, DICOM or JPEG files; use --format");
        }
        if (MimicReader.isMetadataFile(in)) return ManifestFormat.MIMIC;
        String header = Csv.firstLine(in);
        if (Cxr14Reader.looksLike(header)) return ManifestFormat.CXR14;
        if (CheXpertReader.looksLike(header)) return ManifestFormat.CHEXPERT;
        if (header.startsWith("dicom_id,")) return ManifestFormat.MIMIC;
        throw new ManifestException("cannot tell the format of " + in.getFileName() + " from its header '"
                + abbreviate(header) + "'; use --format cxr14|chexpert|mimic|dicom|jpeg");
    }

    static Path cxr14File(Path dir) throws IOException {
        Path p = cxr14FileOrNull(dir);
        if (p == null) throw new ManifestException("no Data_Entry_2017*.csv in " + dir);
        return p;
    }

    static Path cxr14FileOrNull(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("Data_Entry_2017")
                            && p.getFileName().toString().matches(".*\\.csv(\\.gz)?"))
                    .sorted().findFirst().orElse(null);
        }
    }

    static String abbreviate(String s) { return s.length() > 80 ? s.substring(0, 77) + "..." : s; }
}
