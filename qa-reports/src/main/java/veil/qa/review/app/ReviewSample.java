package veil.qa.review.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.commons.csv.CSVRecord;
import veil.qa.manifest.Csv;
import veil.qa.manifest.ManifestException;

/**
 * A review sample: a spot-check folder ({@code items.jsonl} + {@code img/}, written by {@code veil sample --audit})
 * or a label-review CSV written by {@code veil sample}. Everything is read and checked once, at start: every image
 * must lie inside its root after symbolic links are followed, so the server never resolves a path a browser sent.
 */
public record ReviewSample(SampleKind kind, List<ReviewItem> items) {
    public static final String ITEMS = "items.jsonl";
    static final int MAX_ID = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param images for a label CSV: the folder its {@code image} paths are relative to (PNG and JPEG are shown);
     *               null to show paths only
     */
    public static ReviewSample open(Path sample, Path images) throws IOException {
        if (!Files.exists(sample)) throw new ManifestException("the sample " + sample + " does not exist");
        if (Files.isDirectory(sample)) {
            Path items = sample.resolve(ITEMS);
            if (!Files.isRegularFile(items))
                throw new ManifestException("the sample folder " + sample + " has no " + ITEMS
                        + " (write one with 'veil sample --audit', or pass a label-review CSV)");
            return new ReviewSample(SampleKind.SPOT_CHECK, readSpotChecks(items, sample.toRealPath()));
        }
        if (images != null && !Files.isDirectory(images)) throw new ManifestException("--images " + images + " is not a folder");
        return new ReviewSample(SampleKind.LABEL, readLabels(sample, images == null ? null : images.toRealPath()));
    }

    public int size() { return items.size(); }

    // ---- spot-check items.jsonl

    static List<ReviewItem> readSpotChecks(Path file, Path root) throws IOException {
        List<ReviewItem> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                String where = ITEMS + " line " + n + ": ";
                JsonNode o;
                try {
                    o = JSON.readTree(line);
                } catch (IOException e) {
                    throw new ManifestException(where + "not a JSON object");
                }
                if (o == null || !o.isObject()) throw new ManifestException(where + "not a JSON object");
                String kind = optText(o, "kind", where);
                if (kind != null && !kind.equals("spot-check"))
                    throw new ManifestException(where + "kind '" + clip(kind) + "' is not spot-check");
                String id = id(reqText(o, "id", where), where);
                if (!ids.add(id)) throw new ManifestException(where + "id '" + id + "' appears twice");
                String f = nz(optText(o, "file", where));
                String stratum = nz(optText(o, "stratum", where));
                List<ReviewItem.Image> images = new ArrayList<>();
                for (JsonNode im : array(o, "images", where)) {
                    if (!im.isObject()) throw new ManifestException(where + "each image must be an object");
                    String label = nz(optText(im, "label", where));
                    Path p = inside(root, reqText(im, "src", where), where);
                    int[] wh = dimensions(p, where);
                    List<int[]> boxes = new ArrayList<>();
                    for (JsonNode b : array(im, "boxes", where)) boxes.add(box(b, where));
                    images.add(new ReviewItem.Image(label, p, wh[0], wh[1], boxes));
                }
                List<String[]> fields = new ArrayList<>();
                for (JsonNode fv : array(o, "fields", where)) {
                    if (!fv.isArray() || fv.size() != 2 || !fv.get(0).isTextual() || !(fv.get(1).isValueNode()))
                        throw new ManifestException(where + "each field must be [name, value]");
                    fields.add(new String[] {fv.get(0).asText(), fv.get(1).isNull() ? "" : fv.get(1).asText()});
                }
                String text = nz(optText(o, "text", where));
                List<ReviewItem.Mark> marks = new ArrayList<>();
                for (JsonNode m : array(o, "marks", where)) {
                    if (!m.isArray() || m.size() != 3 || !m.get(0).canConvertToInt() || !m.get(1).canConvertToInt()
                            || !m.get(0).isIntegralNumber() || !m.get(1).isIntegralNumber() || !m.get(2).isTextual())
                        throw new ManifestException(where + "each mark must be [start, end, \"TYPE\"]");
                    int s = m.get(0).asInt(), e = m.get(1).asInt();
                    if (s < 0 || e <= s || e > text.length())
                        throw new ManifestException(where + "mark [" + s + ", " + e + "] is outside the text (length " + text.length() + ")");
                    marks.add(new ReviewItem.Mark(s, e, m.get(2).asText()));
                }
                marks.sort(Comparator.comparingInt(ReviewItem.Mark::start));
                for (int i = 1; i < marks.size(); i++)
                    if (marks.get(i).start() < marks.get(i - 1).end())
                        throw new ManifestException(where + "marks [" + marks.get(i - 1).start() + ", " + marks.get(i - 1).end()
                                + "] and [" + marks.get(i).start() + ", " + marks.get(i).end() + "] overlap");
                out.add(new ReviewItem.SpotCheck(id, f, stratum, List.copyOf(images), List.copyOf(fields), text, List.copyOf(marks)));
            }
        }
        if (out.isEmpty()) throw new ManifestException(ITEMS + " holds no items");
        return List.copyOf(out);
    }

    static String reqText(JsonNode o, String name, String where) {
        String s = optText(o, name, where);
        if (s == null) throw new ManifestException(where + "\"" + name + "\" is missing");
        return s;
    }

    static String optText(JsonNode o, String name, String where) {
        JsonNode n = o.get(name);
        if (n == null || n.isNull()) return null;
        if (!n.isTextual()) throw new ManifestException(where + "\"" + name + "\" must be a string");
        return n.asText();
    }

    static Iterable<JsonNode> array(JsonNode o, String name, String where) {
        JsonNode n = o.get(name);
        if (n == null || n.isNull()) return List.of();
        if (!n.isArray()) throw new ManifestException(where + "\"" + name + "\" must be a list");
        return n;
    }

    static int[] box(JsonNode b, String where) {
        if (!b.isArray() || b.size() != 4) throw new ManifestException(where + "each box must be [x, y, width, height]");
        int[] v = new int[4];
        for (int i = 0; i < 4; i++) {
            JsonNode c = b.get(i);
            if (!c.isIntegralNumber() || !c.canConvertToInt() || c.asInt() < 0)
                throw new ManifestException(where + "each box must be [x, y, width, height] in whole, non-negative pixels");
            v[i] = c.asInt();
        }
        if (v[2] == 0 || v[3] == 0) throw new ManifestException(where + "a box has no width or height");
        return v;
    }

    static String id(String id, String where) {
        if (id.isBlank() || id.length() > MAX_ID || id.chars().anyMatch(Character::isISOControl))
            throw new ManifestException(where + "the id must be 1 to " + MAX_ID + " printable characters");
        return id;
    }

    /** Resolves a relative path inside root, refusing anything that leads out of it (.., absolute, a link out). */
    static Path inside(Path root, String rel, String where) throws IOException {
        Path p;
        try {
            p = Path.of(rel);
        } catch (RuntimeException e) {
            throw new ManifestException(where + "image path '" + clip(rel) + "' is not a path");
        }
        if (p.isAbsolute() || rel.contains("\\")) throw new ManifestException(where + "image path '" + clip(rel) + "' must be relative to the sample");
        Path resolved = root.resolve(p).normalize();
        if (!resolved.startsWith(root)) throw new ManifestException(where + "image path '" + clip(rel) + "' leads outside the sample");
        if (!Files.isRegularFile(resolved)) throw new ManifestException(where + "image '" + clip(rel) + "' not found in the sample");
        Path real = resolved.toRealPath();
        if (!real.startsWith(root)) throw new ManifestException(where + "image '" + clip(rel) + "' links to a file outside the sample");
        String name = real.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg")))
            throw new ManifestException(where + "image '" + clip(rel) + "' is not a PNG or JPEG file");
        return real;
    }

    /**
     * Width and height from the image header (nothing decoded). Readers are chosen by suffix, not by probing every
     * installed plugin: some (PixelMed's JPEG-lossless reader) print to stderr when asked about a file.
     */
    static int[] dimensions(Path p, String where) throws IOException {
        String name = p.getFileName().toString();
        String suffix = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        try (ImageInputStream in = ImageIO.createImageInputStream(p.toFile())) {
            Iterator<ImageReader> it = in == null ? null : ImageIO.getImageReadersBySuffix(suffix);
            if (it == null || !it.hasNext()) throw new ManifestException(where + "image " + p.getFileName() + " cannot be read");
            ImageReader r = it.next();
            try {
                r.setInput(in);
                return new int[] {r.getWidth(0), r.getHeight(0)};
            } catch (IOException e) {
                throw new ManifestException(where + "image " + p.getFileName() + " cannot be read");
            } finally {
                r.dispose();
            }
        }
    }

    static String contentType(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png") ? "image/png" : "image/jpeg";
    }

    static String nz(String s) { return s == null ? "" : s; }

    static String clip(String s) { return s.length() > 80 ? s.substring(0, 80) + "..." : s; }

    // ---- label-review CSV

    static final List<String> LABEL_COLUMNS = List.of("sample_id", "label", "value", "image");

    static List<ReviewItem> readLabels(Path csv, Path imageRoot) throws IOException {
        List<ReviewItem> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (Csv.Table t = new Csv.Table(csv)) {
            t.require("label-review sample", LABEL_COLUMNS);
            int cId = t.col("sample_id"), cLabeller = t.col("labeller"), cLabel = t.col("label"), cValue = t.col("value"),
                    cSplit = t.col("split"), cSize = t.col("stratum_size"), cImage = t.col("image");
            long line = 1;
            while (t.hasNext()) {
                CSVRecord r = t.next();
                line++;
                String where = csv.getFileName() + " line " + line + ": ";
                String id = id(Csv.get(r, cId).strip(), where);
                String image = Csv.get(r, cImage).strip();
                if (!ids.add(id)) throw new ManifestException(where + "sample_id '" + id + "' appears twice");
                String label = Csv.get(r, cLabel).strip();
                if (label.isEmpty()) throw new ManifestException(where + "the label is blank");
                long size = 0;
                String s = Csv.get(r, cSize).strip();
                if (!s.isEmpty()) {
                    try {
                        size = Long.parseLong(s);
                    } catch (NumberFormatException e) {
                        throw new ManifestException(where + "stratum_size '" + clip(s) + "' is not a whole number");
                    }
                }
                List<ReviewItem.Image> images = List.of();
                if (imageRoot != null && !image.isEmpty()) {
                    String lower = image.toLowerCase(Locale.ROOT);
                    if (lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
                        Path p = inside(imageRoot, image, where);
                        int[] wh = dimensions(p, where);
                        images = List.of(new ReviewItem.Image("image", p, wh[0], wh[1], List.of()));
                    }
                }
                String split = Csv.get(r, cSplit).strip();
                out.add(new ReviewItem.LabelCheck(id, Csv.get(r, cLabeller).strip(), label, Csv.get(r, cValue).strip(),
                        split.isEmpty() ? "all" : split, size, image, images));
            }
        }
        if (out.isEmpty()) throw new ManifestException(csv.getFileName() + " holds no items");
        return List.copyOf(out);
    }
}
