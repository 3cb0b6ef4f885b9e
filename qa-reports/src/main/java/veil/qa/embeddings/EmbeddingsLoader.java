package veil.qa.embeddings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import veil.qa.manifest.Csv;
import veil.qa.manifest.ManifestException;

/**
 * Reads embeddings from:
 * <ul>
 *   <li>a folder of CXR-Foundation-style TFRecord files ({@code .tfrecord}, {@code .tfrecords}, {@code .tfr}),
 *       each record a {@code tf.train.Example} with {@code image/id} (bytes) and {@code embedding} (floats);
 *       without {@code image/id}, the file name without its extension is the id;</li>
 *   <li>a {@code .npy} matrix with its ids, one per line, in {@code NAME.ids.txt} beside it;</li>
 *   <li>a CSV whose first column is the id ({@code dicom_id}, {@code id} or {@code image_id}) and the rest the vector.</li>
 * </ul>
 */
public final class EmbeddingsLoader {
    public static final String ID_KEY = "image/id";
    public static final String VECTOR_KEY = "embedding";

    private EmbeddingsLoader() {}

    public static Embeddings load(Path p) throws IOException {
        if (!Files.exists(p)) throw new ManifestException("embeddings not found: " + p);
        if (Files.isDirectory(p)) {
            List<Path> records;
            try (Stream<Path> s = Files.walk(p)) {
                records = s.filter(Files::isRegularFile).filter(EmbeddingsLoader::isTfRecord).sorted().toList();
            }
            if (records.isEmpty()) {
                try (Stream<Path> s = Files.list(p)) {
                    List<Path> npy = s.filter(f -> f.toString().endsWith(".npy")).sorted().toList();
                    if (npy.size() == 1) return npy(npy.get(0));
                }
                throw new ManifestException("no TFRecord files (.tfrecord, .tfrecords, .tfr) or single .npy in " + p);
            }
            return tfRecords(records, p.getFileName() == null ? p.toString() : p.getFileName().toString());
        }
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".npy")) return npy(p);
        if (n.endsWith(".csv") || n.endsWith(".csv.gz")) return csv(p);
        return tfRecords(List.of(p), p.getFileName().toString());
    }

    static boolean isTfRecord(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".tfrecord") || n.endsWith(".tfrecords") || n.endsWith(".tfr");
    }

    static String stem(Path f) {
        String n = f.getFileName().toString();
        int dot = n.indexOf('.') > 0 && isTfRecord(f) ? n.lastIndexOf('.') : -1;
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private record Item(String id, float[] v) {}

    static Embeddings tfRecords(List<Path> files, String source) {
        // one record per file is the CXR Foundation layout; files with more are flattened in order
        List<List<Item>> per = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) per.add(null);
        IntStream.range(0, files.size()).parallel().forEach(i -> {
            Path f = files.get(i);
            try {
                List<byte[]> recs = TfRecordReader.read(f);
                List<Item> items = new ArrayList<>(recs.size());
                for (int r = 0; r < recs.size(); r++) {
                    ExampleDecoder.Decoded d;
                    try {
                        d = ExampleDecoder.decode(recs.get(r), ID_KEY, VECTOR_KEY);
                    } catch (IOException e) {
                        throw new ManifestException(f.getFileName() + ": TFRecord record " + r + " is not a valid tf.train.Example");
                    }
                    if (d.vector() == null)
                        throw new ManifestException(f.getFileName() + ": TFRecord record " + r + " has no float feature '" + VECTOR_KEY + "'");
                    String id = d.id() != null ? d.id() : recs.size() == 1 ? stem(f) : stem(f) + "#" + r;
                    items.add(new Item(id, d.vector()));
                }
                per.set(i, items);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        int n = 0;
        for (List<Item> l : per) n += l.size();
        if (n == 0) throw new ManifestException("the TFRecord files hold no records");
        int dim = per.stream().filter(l -> !l.isEmpty()).findFirst().orElseThrow().get(0).v().length;
        String[] ids = new String[n];
        float[] data = new float[Math.multiplyExact(n, dim)];
        int row = 0;
        for (int i = 0; i < per.size(); i++)
            for (Item it : per.get(i)) {
                if (it.v().length != dim)
                    throw new ManifestException(files.get(i).getFileName() + ": embedding has " + it.v().length + " values, others have " + dim);
                ids[row] = it.id();
                System.arraycopy(it.v(), 0, data, row * dim, dim);
                row++;
            }
        return checked(new Embeddings(ids, dim, data, source));
    }

    static Embeddings npy(Path file) throws IOException {
        String base = file.getFileName().toString();
        base = base.substring(0, base.length() - 4);
        Path idsFile = file.resolveSibling(base + ".ids.txt");
        if (!Files.isRegularFile(idsFile))
            throw new ManifestException(file.getFileName() + " needs its ids, one per line in row order, in " + idsFile.getFileName());
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(idsFile, StandardCharsets.UTF_8)) if (!line.isBlank()) ids.add(line.strip());
        NpyReader.Matrix m = NpyReader.read(file);
        if (ids.size() != m.rows())
            throw new ManifestException(idsFile.getFileName() + " has " + ids.size() + " ids but " + file.getFileName() + " has " + m.rows() + " rows");
        return checked(new Embeddings(ids.toArray(String[]::new), m.cols(), m.data(), file.getFileName().toString()));
    }

    static Embeddings csv(Path file) throws IOException {
        List<String> ids = new ArrayList<>();
        float[] data = new float[1 << 16];
        int at = 0, dim = -1;
        try (Csv.Table t = new Csv.Table(file)) {
            String first = t.header.isEmpty() ? "" : t.header.get(0).strip().toLowerCase(Locale.ROOT);
            if (!Set.of("dicom_id", "id", "image_id", "image/id").contains(first))
                throw new ManifestException(file.getFileName() + ": the first column must be the image id (dicom_id, id or image_id), found '" + first + "'");
            dim = t.header.size() - 1;
            if (dim < 1) throw new ManifestException(file.getFileName() + ": no vector columns after the id");
            long line = 1;
            while (t.hasNext()) {
                CSVRecord r = t.next();
                line++;
                if (r.size() != dim + 1) throw new ManifestException(file.getFileName() + " line " + line + ": " + r.size() + " values, expected " + (dim + 1));
                ids.add(r.get(0).strip());
                if (at + dim > data.length) data = java.util.Arrays.copyOf(data, Math.max(data.length * 2, at + dim));
                for (int k = 1; k <= dim; k++) {
                    try {
                        data[at++] = Float.parseFloat(r.get(k).strip());
                    } catch (NumberFormatException e) {
                        throw new ManifestException(file.getFileName() + " line " + line + ", column " + (k + 1) + ": not a number");
                    }
                }
            }
        }
        return checked(new Embeddings(ids.toArray(String[]::new), dim, java.util.Arrays.copyOf(data, at), file.getFileName().toString()));
    }

    static Embeddings checked(Embeddings e) {
        Set<String> seen = new HashSet<>();
        for (String id : e.ids()) if (!seen.add(id)) throw new ManifestException(e.source() + ": image id '" + id + "' has more than one embedding");
        float[] d = e.data();
        for (int i = 0; i < d.length; i++)
            if (!Float.isFinite(d[i])) throw new ManifestException(e.source() + ": embedding of '" + e.ids()[i / e.dim()] + "' holds NaN or infinity");
        return e;
    }
}
