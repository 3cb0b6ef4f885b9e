package veil.audit.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import java.awt.Rectangle;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import veil.audit.compare.OriginalIndex;
import veil.audit.output.AuditJson;
import veil.audit.pixels.PlainImages;
import veil.audit.pixels.Thumbnail;
import veil.audit.run.FileRecord;
import veil.deid.io.DatasetWalker;
import veil.deid.io.InstanceReader;
import veil.deid.text.PhiScanner;
import veil.deid.text.io.InputException;
import veil.ocr.detect.DecodedFrames;
import veil.ocr.detect.Gray8;
import veil.qa.review.LeakBound;
import veil.qa.review.SpotCheckSize;

/**
 * Draws a reproducible stratified sample of audited instances for human review, sized so that zero leaks among them
 * bound the leak rate at the level asked (hypergeometric, for this collection's size), and writes it as the review
 * app reads it: {@code items.jsonl} (one item a line) and {@code img/<id>-before.png}, {@code img/<id>-after.png}
 * (at most 512 px; boxes in the PNG's coordinates). Strata: modality, manufacturer and model, finding status and
 * pixel outcome; each non-empty stratum gets at least one item, the rest proportionally.
 */
public final class SpotCheckSampler {

    static final int MAX_SIDE = 512;
    static final int MAX_FIELDS = 60;
    static final int MAX_TEXT = 4000;
    private static final Pattern BOX = Pattern.compile("frame (\\d+) box (-?\\d+),(-?\\d+),(\\d+),(\\d+)");

    private SpotCheckSampler() { }

    public static SpotCheckSample draw(SpotCheckOptions o) throws IOException, InputException {
        AuditJson.Read audit = AuditJson.read(o.auditJson());
        List<FileRecord> files = audit.files();
        if (files.isEmpty()) throw new InputException("the audit lists no files");
        int n = Math.min(files.size(), SpotCheckSize.itemsFor(o.maxLeakRate(), o.confidence(), files.size()));
        Map<String, List<FileRecord>> strata = new TreeMap<>();
        for (FileRecord f : files) strata.computeIfAbsent(stratum(f), k -> new ArrayList<>()).add(f);
        Map<String, Integer> quota = allocate(strata, n);
        List<FileRecord> chosen = new ArrayList<>();
        Map<String, String> stratumOf = new LinkedHashMap<>();
        for (var e : strata.entrySet()) {
            List<FileRecord> pool = new ArrayList<>(e.getValue());
            Collections.shuffle(pool, new Random(o.seed() * 31 + e.getKey().hashCode()));
            for (FileRecord f : pool.subList(0, quota.get(e.getKey()))) {
                chosen.add(f);
                stratumOf.put(f.file(), e.getKey());
            }
        }
        chosen.sort(java.util.Comparator.comparing(FileRecord::file));
        Map<String, List<Rectangle>> pixelBoxes = new TreeMap<>();
        for (AuditJson.ReadFinding f : audit.findings()) {
            if (!"pixel".equals(f.kind())) continue;
            Matcher m = BOX.matcher(f.location());
            if (m.matches() && "0".equals(m.group(1))) {
                pixelBoxes.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(new Rectangle(Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))));
            }
        }
        OriginalIndex originals = o.original() == null ? null : OriginalIndex.build(o.original(), o.key());
        Path img = Files.createDirectories(o.out().resolve("img"));
        ObjectMapper json = new ObjectMapper();
        Path items = o.out().resolve("items.jsonl"), tmp = o.out().resolve("items.jsonl.tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            int i = 0;
            for (FileRecord f : chosen) {
                String id = String.format(Locale.ROOT, "s%04d", ++i);
                ObjectNode item = item(json, id, f, stratumOf.get(f.file()), o.dir().resolve(f.file()), originals, img,
                        pixelBoxes.getOrDefault(f.file(), List.of()));
                w.write(json.writeValueAsString(item));
                w.newLine();
            }
        }
        Files.move(tmp, items, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        String bound = String.format(Locale.ROOT, "zero fails in these %d items bound the leak rate below %.2f%% at %.0f%% confidence "
                        + "(hypergeometric, %d files; drawn from a large collection: below %.2f%%)", chosen.size(),
                100 * o.maxLeakRate(), 100 * o.confidence(), files.size(),
                100 * LeakBound.of(chosen.size(), 0, o.confidence()).upper());
        return new SpotCheckSample(files.size(), chosen.size(), bound, quota, chosen.stream().map(FileRecord::file).toList());
    }

    static String stratum(FileRecord f) {
        String device = (f.manufacturer() + " " + f.model()).trim();
        return (f.modality().isEmpty() ? "-" : f.modality()) + " | " + (device.isEmpty() ? "-" : device) + " | "
                + f.findingStatus() + " | " + (f.pixelOutcome().isEmpty() ? "-" : f.pixelOutcome());
    }

    /** At least one item per stratum (while n allows), the rest in proportion to size, never more than a stratum holds. */
    static Map<String, Integer> allocate(Map<String, List<FileRecord>> strata, int n) {
        Map<String, Integer> q = new LinkedHashMap<>();
        long total = strata.values().stream().mapToLong(List::size).sum();
        int given = 0;
        for (var e : strata.entrySet()) {
            int k = (int) Math.max(given < n ? 1 : 0, Math.floor((double) n * e.getValue().size() / total));
            k = Math.min(k, e.getValue().size());
            q.put(e.getKey(), k);
            given += k;
        }
        // Hand out what rounding left, largest remaining strata first.
        List<String> keys = new ArrayList<>(strata.keySet());
        keys.sort((a, b) -> Integer.compare(strata.get(b).size() - q.get(b), strata.get(a).size() - q.get(a)));
        for (int guard = 0; given < n && guard < n * 2; guard++) {
            boolean any = false;
            for (String k : keys) {
                if (given >= n) break;
                if (q.get(k) < strata.get(k).size()) {
                    q.merge(k, 1, Integer::sum);
                    given++;
                    any = true;
                }
            }
            if (!any) break;
        }
        return q;
    }

    private static ObjectNode item(ObjectMapper json, String id, FileRecord f, String stratum, Path file, OriginalIndex originals,
                                   Path img, List<Rectangle> residual) {
        ObjectNode item = json.createObjectNode();
        item.put("id", id);
        item.put("kind", "spot-check");
        item.put("file", f.file());
        item.put("stratum", stratum);
        ArrayNode images = item.putArray("images");
        ArrayNode fields = item.putArray("fields");
        StringBuilder text = new StringBuilder();
        try {
            if (PlainImages.isPlainImage(file)) {
                Gray8 after = PlainImages.read(file);
                if (after != null) image(images, json, id, "after", after, residual, img);
            } else {
                AttributeList list = InstanceReader.readFull(file);
                fields(list, fields, json);
                DatasetWalker.walk(list, (path, a, owner) -> {
                    if (a.getTag().equals(TagFromName.TextValue) && text.length() < MAX_TEXT) {
                        text.append(text.length() == 0 ? "" : "\n").append(a.getSingleStringValueOrEmptyString());
                    }
                });
                if (list.get(TagFromName.PixelData) != null) {
                    Gray8 after = DecodedFrames.of(list).render(0);
                    Gray8 before = null;
                    OriginalIndex.Match m = originals == null ? null : originals.find(file);
                    if (m != null) before = DecodedFrames.of(InstanceReader.readFull(m.original())).render(0);
                    List<Rectangle> changed = before == null ? List.of() : ChangedRegions.between(before, after);
                    if (before != null) image(images, json, id, "before", before, changed, img);
                    List<Rectangle> afterBoxes = new ArrayList<>(changed);
                    afterBoxes.addAll(residual);
                    image(images, json, id, "after", after, afterBoxes, img);
                }
            }
        } catch (Exception e) {
            item.put("error", "could not be read or rendered (" + e.getClass().getSimpleName() + ")");
        }
        String t = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text.toString();
        item.put("text", t);
        ArrayNode marks = item.putArray("marks");
        if (!t.isBlank()) {
            for (veil.deid.text.Finding x : PhiScanner.shared().scan(t)) {
                marks.addArray().add(x.start()).add(x.end()).add(x.type().name());
            }
        }
        return item;
    }

    private static void image(ArrayNode images, ObjectMapper json, String id, String label, Gray8 frame, List<Rectangle> boxes,
                              Path img) throws IOException {
        String name = id + "-" + label + ".png";
        Files.write(img.resolve(name), Thumbnail.plainPng(frame, MAX_SIDE));
        double scale = Thumbnail.scaleFor(frame, MAX_SIDE);
        ObjectNode node = images.addObject();
        node.put("label", label);
        node.put("src", "img/" + name);
        ArrayNode b = node.putArray("boxes");
        for (Rectangle r : boxes) {
            Rectangle s = Thumbnail.scaled(r, scale);
            b.addArray().add(s.x).add(s.y).add(s.width).add(s.height);
        }
    }

    private static void fields(AttributeList list, ArrayNode fields, ObjectMapper json) {
        int n = 0;
        for (Attribute a : list.values()) {
            if (n >= MAX_FIELDS) break;
            int g = a.getTag().getGroup();
            if (g == 0x0002 || a instanceof SequenceAttribute || a.getTag().equals(TagFromName.PixelData)) continue;
            String vr = a.getVRAsString();
            if (vr.startsWith("O") || "UN".equals(vr)) continue;
            String v = a.getDelimitedStringValuesOrEmptyString().trim();
            if (v.isEmpty()) continue;
            fields.addArray().add(DatasetWalker.name(a.getTag())).add(v.length() > 200 ? v.substring(0, 200) + "\u2026" : v);
            n++;
        }
    }
}
