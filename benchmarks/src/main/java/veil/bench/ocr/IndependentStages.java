package veil.bench.ocr;

import com.pixelmed.dicom.AttributeList;
import java.awt.Rectangle;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import veil.deid.pixels.PixelOutcome;
import veil.ocr.OcrPixelCleaner;
import veil.ocr.detect.DecodedFrames;
import veil.ocr.detect.Gray8;
import veil.ocr.detect.TextDetector;
import veil.ocr.learned.LineFinder;
import veil.ocr.learned.LocalNormalisation;
import veil.ocr.learned.PpOcrDetector;
import veil.ocr.learned.TextBox;
import veil.ocr.redact.Blackout;
import veil.ocr.verify.IndependentCheck;
import veil.ocr.verify.LineEnds;
import veil.ocr.verify.LineInk;
import veil.ocr.verify.Masked;
import veil.ocr.verify.TextLikeness;
import veil.rules.PixelPolicy;
import veil.testkit.pixels.independent.FontShelf;
import veil.testkit.pixels.independent.IndependentGenerator;
import veil.testkit.pixels.independent.IndependentImage;
import veil.testkit.pixels.independent.IndependentSet;
import veil.testkit.pixels.independent.SceneSpec;

/**
 * CPU per stage of the pixel clean on the independent generator's images, one thread, per frame size; and a digest
 * of every image's outcome (kind and blacked-out boxes, or the quarantine reason, which holds geometry only) so an
 * optimisation can be shown to change nothing.
 *
 * <p>Each image is first run through the stages one by one, as round 1 of {@link OcrPixelCleaner} runs them (render,
 * local normalisation, ONNX network, DB post-processing, joining and ink bounds, the independent finder on the frame
 * as it came in and its confirmation of each line, Tesseract on the lines the policy reads, line ink and line ends,
 * blackout with the fresh decode, the independent check), then cleaned whole. The stage columns are that replay; the
 * whole-clean column is the real clean (more rounds, split boxes and so on included) and gives images/s per core.
 * CPU is the thread's own ({@link ThreadMXBean}); with one intra-op thread ONNX Runtime runs on the calling thread,
 * and the process column (all threads during the whole clean: GC, JIT, any runtime pool) shows whether anything runs
 * elsewhere.
 *
 * <p>Run: {@code ./veil bench ocr-probe IndependentStages [seed=20261204] [ALL|PHI] [sizes=1024x1024,2048x2048|all]
 * [limit per size]}. Tuning seeds only (20261202-20261204).
 */
public final class IndependentStages {

    static final String[] STAGES = {"render", "normalise", "onnx", "db post", "join+ink bounds", "finder (first read)",
        "tesseract", "line ink+ends", "blackout+decode", "verifier"};

    private IndependentStages() { }

    public static void main(String[] a) throws Exception {
        long seed = a.length > 0 ? Long.parseLong(a[0]) : 20261204L;
        if (seed > 20261204L) throw new IllegalArgumentException("seeds after 20261204 are the held-out report set");
        PixelPolicy.Mode mode = a.length > 1 ? PixelPolicy.Mode.valueOf(a[1]) : PixelPolicy.Mode.ALL;
        String sizes = a.length > 2 ? a[2] : "1024x1024,2048x2048";
        int limit = a.length > 3 ? Integer.parseInt(a[3]) : Integer.MAX_VALUE;
        PixelPolicy policy = new PixelPolicy(mode, PixelPolicy.DEFAULT_ALLOW_LIST, List.of());
        IndependentGenerator gen = new IndependentGenerator(FontShelf.system());
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Set<String> wanted = Set.of(sizes.split(","));
        Map<String, long[]> cpu = new LinkedHashMap<>();   // per size: stages..., whole clean, process, images
        Map<String, Integer> taken = new LinkedHashMap<>();
        Set<String> digest = new TreeSet<>();
        try (OcrPixelCleaner cleaner = new OcrPixelCleaner(); PpOcrDetector det = new PpOcrDetector()) {
            List<SceneSpec> specs = new ArrayList<>();
            for (SceneSpec s : IndependentSet.specs(1, seed)) {
                String size = s.format().width() + "x" + s.format().height();
                if (!sizes.equals("all") && !wanted.contains(size)) continue;
                if (taken.merge(size, 1, Integer::sum) > limit) continue;
                specs.add(s);
            }
            boolean warm = false;
            for (SceneSpec spec : specs) {
                IndependentImage img = gen.generate(spec);
                String size = spec.format().width() + "x" + spec.format().height();
                if (!warm) {   // the compiler's first work lands on someone: not on a measured image
                    replay(img.dicom(), det, cleaner, mode, mx, new long[STAGES.length]);
                    cleaner.clean(img.dicom(), policy);
                    warm = true;
                }
                long[] row = cpu.computeIfAbsent(size, k -> new long[STAGES.length + 3]);
                long[] stages = new long[STAGES.length];
                replay(img.dicom(), det, cleaner, mode, mx, stages);
                for (int i = 0; i < stages.length; i++) row[i] += stages[i];
                long p0 = os.getProcessCpuTime(), t0 = mx.getCurrentThreadCpuTime();
                PixelOutcome o = cleaner.clean(img.dicom(), policy);
                long t1 = mx.getCurrentThreadCpuTime(), p1 = os.getProcessCpuTime();
                row[STAGES.length] += t1 - t0;
                row[STAGES.length + 1] += p1 - p0;
                row[STAGES.length + 2]++;
                String line = spec.id() + " " + size + " " + outcome(o);
                digest.add(line);
                System.out.printf(Locale.ROOT, "digest: %s  (%.0f ms)%n", line, (t1 - t0) / 1e6);
            }
        }
        System.out.printf(Locale.ROOT, "%nCPU ms per image, one thread (seed %d, mode %s; stages replayed as round 1, then the whole clean)%n%n", seed, mode);
        StringBuilder head = new StringBuilder("| size | images |");
        StringBuilder rule = new StringBuilder("|---|---:|");
        for (String s : STAGES) {
            head.append(' ').append(s).append(" |");
            rule.append("---:|");
        }
        System.out.println(head + " stages sum | whole clean | process (all threads) | images/s per core |");
        System.out.println(rule + "---:|---:|---:|---:|");
        for (var e : cpu.entrySet()) {
            long[] r = e.getValue();
            double n = r[STAGES.length + 2];
            StringBuilder b = new StringBuilder("| " + e.getKey() + " | " + (long) n + " |");
            long sum = 0;
            for (int i = 0; i < STAGES.length; i++) {
                b.append(String.format(Locale.ROOT, " %.0f |", r[i] / 1e6 / n));
                sum += r[i];
            }
            double whole = r[STAGES.length] / 1e6 / n;
            b.append(String.format(Locale.ROOT, " %.0f | **%.0f** | %.0f | **%.2f** |", sum / 1e6 / n, whole,
                    r[STAGES.length + 1] / 1e6 / n, 1000 / whole));
            System.out.println(b);
        }
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String l : digest) sha.update((l + "\n").getBytes(StandardCharsets.UTF_8));
        threads();
        System.out.printf(Locale.ROOT, "%noutcome digest (%d images): %s%n", digest.size(),
                HexFormat.of().formatHex(sha.digest()).substring(0, 16));
    }

    /**
     * CPU of every thread of this process by name (Linux /proc, native threads included): a runtime pool spinning or
     * the collector working beside the measured thread shows here and not in the thread's own CPU.
     */
    static void threads() throws java.io.IOException {
        java.nio.file.Path tasks = java.nio.file.Path.of("/proc/self/task");
        if (!java.nio.file.Files.isDirectory(tasks)) return;
        Map<String, Long> byName = new java.util.TreeMap<>();
        try (var dirs = java.nio.file.Files.list(tasks)) {
            for (java.nio.file.Path d : dirs.toList()) {
                try {
                    String stat = java.nio.file.Files.readString(d.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("\\d+", "#");
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);   // utime + stime
                    byName.merge(name, ticks, Long::sum);
                } catch (java.io.IOException | RuntimeException e) {
                    // a thread that ended while listed
                }
            }
        }
        System.out.println("\nCPU s by thread name (whole run, /proc, 100 ticks/s):");
        byName.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue(), x.getValue())).limit(12)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %-20s %.1f%n", e.getKey(), e.getValue() / 100.0));
    }

    /** Kind and geometry only (a quarantine reason names rules, shares and boxes, never text). */
    static String outcome(PixelOutcome o) {
        if (o instanceof PixelOutcome.Failed f) return "Failed " + f.reason();
        PixelOutcome.Screening s = o instanceof PixelOutcome.NoText t ? t.screening() : ((PixelOutcome.Redacted) o).screening();
        String boxes = s == null ? "" : s.blackedOut().stream().map(b -> b.x() + "," + b.y() + "," + b.width() + "," + b.height())
                .collect(Collectors.joining(" "));
        return o.getClass().getSimpleName() + " [" + boxes + "] found " + (s == null ? 0 : s.verifierFound());
    }

    /** Round 1 of the clean, stage by stage, CPU of each added to {@code t}. Multi-frame images replay frame 0. */
    private static void replay(AttributeList list, PpOcrDetector det, OcrPixelCleaner cleaner, PixelPolicy.Mode mode,
                               ThreadMXBean mx, long[] t) throws Exception {
        long c = mx.getCurrentThreadCpuTime();
        Gray8 f = DecodedFrames.of(list).render(0);
        c = lap(mx, t, 0, c);
        Gray8 n = LocalNormalisation.of(f);
        c = lap(mx, t, 1, c);
        float[] prob = det.probability(n, f, f);
        c = lap(mx, t, 2, c);
        List<TextBox> raw = PpOcrDetector.boxes(prob, f.width(), f.height());
        c = lap(mx, t, 3, c);
        List<Rectangle> lines = LineFinder.finished(f, raw);
        c = lap(mx, t, 4, c);
        TextLikeness.find(f, List.of());
        for (Rectangle r : lines) TextLikeness.confirms(f, r);
        c = lap(mx, t, 5, c);
        int[] lineBase = new int[1];
        for (Rectangle r : lines) {
            int pad = Math.min(r.width, r.height) / 16;
            Rectangle reading = new Rectangle(r.x - pad, r.y - pad, r.width + 2 * pad, r.height + 2 * pad)
                    .intersection(new Rectangle(0, 0, f.width(), f.height()));
            if (mode == PixelPolicy.Mode.PHI || reading.width <= 7 * reading.height) {
                TextDetector.readRegion(f, reading, 0, cleaner.engine(), lineBase, 0);
            }
        }
        c = lap(mx, t, 6, c);
        List<LineInk> ink = lines.stream().map(r -> TextLikeness.inkOf(f, r)).toList();
        Masked others = Masked.of(f.width(), f.height(), lines, 0);
        for (LineInk l : ink) LineEnds.unverifiable(f, others, l);
        c = lap(mx, t, 7, c);
        Gray8 now = f;
        if (!lines.isEmpty()) now = DecodedFrames.of(Blackout.apply(list, lines).list()).render(0);
        c = lap(mx, t, 8, c);
        IndependentCheck.unexplained(now, 0, lines, ink, List.of());
        lap(mx, t, 9, c);
    }

    private static long lap(ThreadMXBean mx, long[] t, int stage, long since) {
        long now = mx.getCurrentThreadCpuTime();
        t[stage] += now - since;
        return now;
    }
}
