package veil.bench.fuzz;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomInputStream;
import com.pixelmed.dicom.TagFromName;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import veil.testkit.dicom.PhiKind;
import veil.testkit.dicom.PhiLeak;
import veil.testkit.dicom.PhiLeakScanner;
import veil.testkit.dicom.PhiStudyGenerator;
import veil.testkit.dicom.SeededPhi;

/**
 * Mutates real test files (the pydicom corpus and a generated PHI-seeded set) and runs {@code veil deid} over the
 * mutants, one process per batch so that a crash, a hang or a memory blow-up is seen from outside. Prints counts
 * of released, quarantined, crashed and hung mutants, peak RSS, and whether any released mutant still holds its
 * source's PatientName or another seeded identifier anywhere in its bytes.
 *
 * <pre>FuzzBench WORK VEIL-LAUNCHER CORPUS [--mutants N] [--seed S] [--timeout SECONDS]</pre>
 */
public final class FuzzBench {

    enum Mutation { BYTE_FLIP, TRUNCATION, LENGTH, TAG }

    private static final Set<PhiKind> LEAK_KINDS = EnumSet.of(PhiKind.PERSON_NAME, PhiKind.NAME_COMPONENT,
            PhiKind.IDENTIFIER, PhiKind.ADDRESS, PhiKind.PHONE);

    private record Source(Path file, byte[] bytes, List<SeededPhi> phi, String sopInstanceUid) { }

    private record Batch(Mutation mutation, int inputs, int released, int quarantined, int skipped, boolean crashed,
                         boolean hung, long peakRssKb, int leaks, Map<String, Integer> reasons) { }

    private static final java.util.regex.Pattern REASON = java.util.regex.Pattern.compile("\"reason\":\"([^\"(:]*)");

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: FuzzBench WORK VEIL-LAUNCHER CORPUS [--mutants N] [--seed S] [--timeout SECONDS]");
            System.exit(1);
        }
        Path work = Path.of(args[0]);
        Path veil = Path.of(args[1]);
        Path corpus = Path.of(args[2]);
        int perSource = 8;
        long seed = 1;
        int timeout = 120;
        for (int i = 3; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--mutants" -> perSource = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--timeout" -> timeout = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<Source> sources = sources(work, corpus);
        Random random = new Random(seed);
        Map<Mutation, List<Batch>> results = new LinkedHashMap<>();
        long started = System.nanoTime();
        for (Mutation m : Mutation.values()) {
            Path in = work.resolve("in-" + m.name().toLowerCase(Locale.ROOT));
            Files.createDirectories(in);
            List<SeededPhi> phi = new ArrayList<>();
            int n = 0;
            for (Source s : sources) {
                for (int k = 0; k < perSource; k++) {
                    // each mutant its own SOP Instance UID: otherwise all but one would be quarantined as duplicates
                    byte[] unique = withInstanceUid(s, n);
                    Files.write(in.resolve(String.format(Locale.ROOT, "m%05d.dcm", n++)), mutate(unique, m, random));
                }
                phi.addAll(s.phi());
            }
            results.computeIfAbsent(m, x -> new ArrayList<>()).add(run(veil, work, in, m, n, phi, timeout));
        }
        print(results, sources.size(), perSource, seed, (System.nanoTime() - started) / 1e9);
    }

    /** Corpus files that parse, plus a small generated PHI-seeded set; each with the identifiers it holds. */
    private static List<Source> sources(Path work, Path corpus) throws IOException {
        List<Source> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(p -> p.toString().endsWith(".dcm")).sorted().toList();
        }
        Path generated = work.resolve("generated");
        var set = new PhiStudyGenerator(7).patients(6).studiesPerPatient(1).seriesPerStudy(1).instancesPerSeries(2)
                .imageSize(64, 64).write(generated);
        for (var inst : set.instances()) {
            List<SeededPhi> phi = set.phiOf(inst.patientKey()).stream()
                    .filter(p -> LEAK_KINDS.contains(p.kind()) && p.value().length() >= 4).toList();
            out.add(new Source(inst.path(), Files.readAllBytes(inst.path()), phi, inst.sopInstanceUid()));
        }
        for (Path f : files) {
            String name, uid;
            try {
                AttributeList l = header(f);
                name = com.pixelmed.dicom.Attribute.getSingleStringValueOrEmptyString(l, TagFromName.PatientName).trim();
                uid = com.pixelmed.dicom.Attribute.getSingleStringValueOrEmptyString(l, TagFromName.SOPInstanceUID).trim();
            } catch (Exception e) {
                continue;   // a source that does not parse cannot tell what a leak would be
            }
            // already anonymised corpus files: their "name" is the word every de-identifier writes
            if (name.matches("(?i).*anonymi[sz]ed.*|.*anonymous.*")) name = "";
            List<SeededPhi> phi = new ArrayList<>();
            if (name.replace("^", "").length() >= 4) phi.add(new SeededPhi(name, PhiKind.PERSON_NAME, f.getFileName().toString()));
            for (String part : name.split("\\^")) {
                if (part.length() >= 5) phi.add(new SeededPhi(part, PhiKind.NAME_COMPONENT, f.getFileName().toString()));
            }
            out.add(new Source(f, Files.readAllBytes(f), phi, uid));
        }
        return out;
    }

    private static AttributeList header(Path f) throws Exception {
        AttributeList l = new AttributeList();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(f))) {
            l.read(new DicomInputStream(in), TagFromName.PixelData);
        }
        return l;
    }

    /**
     * The source with its SOP Instance UID (in the meta information and the dataset) replaced by one of the same
     * length, so the encoding is untouched: the last six characters become 9 and five digits of {@code n}.
     */
    static byte[] withInstanceUid(Source s, int n) {
        String uid = s.sopInstanceUid();
        if (uid == null || uid.length() < 12) return s.bytes();
        String next = uid.substring(0, uid.length() - 6) + String.format(Locale.ROOT, "9%05d", n % 100000);
        byte[] from = uid.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] to = next.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] b = s.bytes().clone();
        outer:
        for (int i = 0; i + from.length <= b.length; i++) {
            for (int j = 0; j < from.length; j++) if (b[i + j] != from[j]) continue outer;
            System.arraycopy(to, 0, b, i, to.length);
        }
        return b;
    }

    static byte[] mutate(byte[] source, Mutation m, Random r) {
        byte[] b = source.clone();
        switch (m) {
            case BYTE_FLIP -> {
                int flips = 1 + r.nextInt(8);
                for (int i = 0; i < flips; i++) {
                    int at = 128 + r.nextInt(Math.max(1, b.length - 128));
                    if (at < b.length) b[at] ^= (byte) (1 << r.nextInt(8));
                }
            }
            case TRUNCATION -> b = java.util.Arrays.copyOf(b, 132 + r.nextInt(Math.max(1, b.length - 132)));
            case LENGTH -> {
                int at = elementHeader(b, r);
                if (at >= 0) {
                    boolean longForm = isLongVr(b, at);
                    int lengthAt = longForm ? at + 8 : isVr(b, at + 4) ? at + 6 : at + 4;
                    int choice = r.nextInt(4);
                    long value = switch (choice) {
                        case 0 -> 0xFFFFFFFFL;            // undefined
                        case 1 -> 0xFFFFFFF0L;            // about 4 GB
                        case 2 -> 0x7FFFFFF0L;            // 2 GB: what an eager parser would allocate
                        default -> r.nextInt(1 << 16);    // plausible but wrong
                    };
                    int width = longForm || !isVr(b, at + 4) ? 4 : 2;
                    for (int i = 0; i < width && lengthAt + i < b.length; i++) b[lengthAt + i] = (byte) (value >>> (8 * i));
                }
            }
            case TAG -> {
                int at = elementHeader(b, r);
                if (at >= 0) b[at + 2 + r.nextInt(2)] ^= (byte) (1 << r.nextInt(8));   // the element number: (0010,0010) -> (0010,0011)
            }
        }
        return b;
    }

    /** A random offset that looks like an element header of a common group, or -1. */
    private static int elementHeader(byte[] b, Random r) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 132; i + 8 < b.length; i += 2) {
            int group = b[i] & 0xFF | (b[i + 1] & 0xFF) << 8;
            if ((group == 0x0008 || group == 0x0010 || group == 0x0018 || group == 0x0020 || group == 0x0028
                    || group == 0x0032 || group == 0x0040 || group == 0x7FE0) && (isVr(b, i + 4) || b[i + 6] == 0 && b[i + 7] == 0)) {
                candidates.add(i);
            }
        }
        return candidates.isEmpty() ? -1 : candidates.get(r.nextInt(candidates.size()));
    }

    private static boolean isVr(byte[] b, int at) {
        return at + 1 < b.length && b[at] >= 'A' && b[at] <= 'Z' && b[at + 1] >= 'A' && b[at + 1] <= 'Z';
    }

    private static boolean isLongVr(byte[] b, int at) {
        if (!isVr(b, at + 4)) return false;
        String vr = new String(b, at + 4, 2, java.nio.charset.StandardCharsets.US_ASCII);
        return Set.of("OB", "OD", "OF", "OL", "OV", "OW", "SQ", "UC", "UN", "UR", "UT", "SV", "UV").contains(vr);
    }

    /** One `veil deid` process over a folder of mutants, watched from outside for exit code, time and peak RSS. */
    private static Batch run(Path veil, Path work, Path in, Mutation m, int inputs, List<SeededPhi> phi, int timeout)
            throws Exception {
        Path out = work.resolve("out-" + in.getFileName());
        Process p = new ProcessBuilder(veil.toString(), "deid", in.toString(), out.toString(), "--key-file",
                work.resolve("fuzz.key").toString(), "--quiet", "--threads", "2")
                .redirectErrorStream(true).redirectOutput(work.resolve(in.getFileName() + ".log").toFile()).start();
        long peak = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeout);
        while (p.isAlive() && System.nanoTime() < deadline) {
            peak = Math.max(peak, highWaterKb(p.pid()));
            p.waitFor(50, TimeUnit.MILLISECONDS);
        }
        boolean hung = p.isAlive();
        if (hung) p.destroyForcibly().waitFor();
        int code = hung ? -1 : p.exitValue();
        boolean crashed = !hung && code != 0 && code != 2;
        int released = 0, quarantined = 0, skipped = 0;
        Map<String, Integer> reasons = new java.util.TreeMap<>();
        Path audit = out.resolveSibling(out.getFileName() + ".audit.jsonl");
        if (Files.exists(audit)) {
            for (String line : Files.readAllLines(audit)) {
                if (line.contains("\"status\":\"written\"")) released++;
                else if (line.contains("\"status\":\"quarantined\"")) {
                    quarantined++;
                    var rm = REASON.matcher(line);
                    if (rm.find()) reasons.merge(rm.group(1).trim(), 1, Integer::sum);
                }
                else if (line.contains("\"status\":\"skipped\"")) skipped++;
            }
        }
        int leaks = 0;
        if (Files.isDirectory(out)) {
            List<PhiLeak> found = new PhiLeakScanner(phi).scan(out);
            leaks = (int) found.stream().map(PhiLeak::file).distinct().count();
            for (PhiLeak l : found.stream().limit(5).toList()) System.err.println("fuzz: LEAK " + l);
        }
        return new Batch(m, inputs, released, quarantined, skipped, crashed, hung, peak, leaks, reasons);
    }

    /** VmHWM of a live process (the launcher execs java, so the pid is the JVM's). */
    private static long highWaterKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", ""));
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between the check and the read
        }
        return 0;
    }

    private static void print(Map<Mutation, List<Batch>> results, int sources, int perSource, long seed, double seconds) {
        System.out.printf(Locale.ROOT, "Fuzz: %d source files (pydicom corpus + generated PHI set), %d mutants each per"
                + " mutation, seed %d, %.0f s%n%n", sources, perSource, seed, seconds);
        System.out.println("| mutation | mutants | released | quarantined | skipped (not DICOM) | run crashed | hung | released with a seeded identifier | peak RSS |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        long maxRss = 0;
        int total = 0, rel = 0, qua = 0, skip = 0, crash = 0, hang = 0, leak = 0;
        for (var e : results.entrySet()) {
            for (Batch b : e.getValue()) {
                System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d | %s | %s | %d | %.0f MB |%n",
                        b.mutation().name().toLowerCase(Locale.ROOT).replace('_', ' '), b.inputs(), b.released(), b.quarantined(),
                        b.skipped(), b.crashed() ? "yes" : "no", b.hung() ? "yes" : "no", b.leaks(), b.peakRssKb() / 1024.0);
                maxRss = Math.max(maxRss, b.peakRssKb());
                total += b.inputs();
                rel += b.released();
                qua += b.quarantined();
                skip += b.skipped();
                crash += b.crashed() ? 1 : 0;
                hang += b.hung() ? 1 : 0;
                leak += b.leaks();
            }
        }
        System.out.printf(Locale.ROOT, "| **all** | %d | %d | %d | %d | %d run(s) | %d run(s) | %d | %.0f MB |%n",
                total, rel, qua, skip, crash, hang, leak, maxRss / 1024.0);
        Map<String, Integer> reasons = new java.util.TreeMap<>();
        results.values().forEach(l -> l.forEach(b -> b.reasons().forEach((k, v) -> reasons.merge(k, v, Integer::sum))));
        System.out.println();
        System.out.println("| quarantine reason (up to its detail) | mutants |");
        System.out.println("|---|---:|");
        reasons.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> System.out.printf(Locale.ROOT, "| %s | %d |%n", e.getKey(), e.getValue()));
    }
}
