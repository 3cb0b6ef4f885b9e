package veil.audit.run;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import veil.audit.compare.OriginalComparison;
import veil.audit.compare.OriginalIndex;
import veil.audit.finding.Finding;
import veil.audit.finding.FindingType;
import veil.audit.finding.Kind;
import veil.audit.finding.Severity;
import veil.audit.header.HeaderAudit;
import veil.audit.header.HeaderFacts;
import veil.audit.header.Linkage;
import veil.audit.pixels.PixelAudit;
import veil.audit.pixels.PlainImages;
import veil.audit.reports.ReportAudit;
import veil.deid.io.DicomSniffer;
import veil.deid.io.InstanceReader;
import veil.deid.text.PhiScanner;
import veil.deid.text.io.InputException;
import veil.deid.text.io.TextDocument;
import veil.deid.text.io.TextSource;
import veil.rules.PixelPolicy;

/**
 * The audit as a runner over a folder: walks it, audits each DICOM file's header (and pixels, when asked) and each
 * PNG/JPEG's pixels on worker threads, then the cross-file linkage, the reports and the comparison with the originals.
 * Reads each file once (header only unless its pixels are screened). Nothing is written here; see the output package.
 */
public final class AuditRun {

    static final int MAX_THUMBNAILS = 300;

    private final HeaderAudit headers;
    private final AuditOptions options;

    public AuditRun(HeaderAudit headers, AuditOptions options) {
        this.headers = headers;
        this.options = options;
    }

    /** Against the options' rules (the profile the folder was made with; basic by default), with the shared scanner. */
    public static AuditResult run(AuditOptions options, AuditListener listener) throws IOException, InputException {
        return new AuditRun(HeaderAudit.of(options.rules()), options).execute(listener);
    }

    private record Audited(String file, List<Finding> findings, HeaderFacts facts, FileRecord record, byte[] thumbnail) { }

    public AuditResult execute(AuditListener listener) throws IOException, InputException {
        long t0 = System.nanoTime();
        Path dir = options.dir();
        if (!Files.isDirectory(dir)) throw new InputException("not a folder: " + dir);
        InstanceReader.quietPixelMed();
        List<Path> all;
        try (Stream<Path> s = Files.walk(dir)) {
            all = s.filter(Files::isRegularFile).sorted().toList();
        }
        List<TextDocument> reports = options.reports() == null ? List.of()
                : new TextSource(options.reports(), options.reportColumn(), options.reportId(), null).read();
        listener.started(all.size());
        PixelPolicy policy = new PixelPolicy(options.pixelMode(), headers.rules().profile().pixelPolicy().allowList(), List.of());
        Map<Path, Audited> done = new ConcurrentHashMap<>();
        int[] other = {0};
        try (PixelAudit pixels = new PixelAudit(policy)) {
            ForkJoinPool pool = new ForkJoinPool(options.threadCount());
            try {
                pool.submit(() -> all.parallelStream().forEach(p -> {
                    Audited a = auditFile(dir, p, pixels);
                    if (a != null) done.put(p, a);
                    listener.fileDone();
                })).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            } catch (ExecutionException e) {
                throw new IOException("audit failed: " + e.getCause().getClass().getSimpleName());
            } finally {
                pool.shutdown();
            }
        }
        List<Finding> findings = new ArrayList<>();
        List<FileRecord> files = new ArrayList<>();
        Map<String, byte[]> thumbs = new LinkedHashMap<>();
        Linkage linkage = new Linkage();
        for (Path p : all) {
            Audited a = done.get(p);
            if (a == null) {
                other[0]++;
                continue;
            }
            findings.addAll(a.findings());
            files.add(a.record());
            if (a.facts() != null) linkage.add(a.file(), a.facts());
            if (a.thumbnail() != null && thumbs.size() < MAX_THUMBNAILS) thumbs.put(a.file(), a.thumbnail());
        }
        findings.addAll(linkage.findings());
        ReportAudit reportAudit = new ReportAudit(PhiScanner.shared());
        for (TextDocument d : reports) findings.addAll(reportAudit.audit(d));

        OriginalComparison comparison = null;
        if (options.original() != null) comparison = compare(all, done);
        if (comparison != null) findings.addAll(comparison.findings());
        files = withCounts(files, findings);
        findings.sort(Comparator.comparing(Finding::file).thenComparing(f -> f.kind().ordinal()));
        return new AuditResult(dir, List.copyOf(findings), files, thumbs,
                comparison == null ? List.of() : comparison.scores(),
                comparison == null ? null : comparison.matchedBy(),
                comparison == null ? 0 : comparison.matched(), comparison == null ? 0 : comparison.unmatched(),
                reports.size(), other[0], options.pixels(), System.nanoTime() - t0);
    }

    private OriginalComparison compare(List<Path> all, Map<Path, Audited> done) throws IOException, InputException {
        OriginalComparison c = new OriginalComparison(headers.rules(), OriginalIndex.build(options.original(), options.key()));
        java.util.Set<String> clean = new java.util.HashSet<>();
        for (Audited a : done.values()) if (a.record() != null && "no-text".equals(a.record().pixelOutcome())) clean.add(a.file());
        c.screenedClean(clean);
        for (Path p : all) {
            Audited a = done.get(p);
            if (a != null && a.facts() != null) c.compare(a.file(), p);
        }
        return c;
    }

    private Audited auditFile(Path dir, Path p, PixelAudit pixels) {
        String rel = dir.relativize(p).toString().replace('\\', '/');
        try {
            if (PlainImages.isPlainImage(p)) {
                if (!options.pixels().screens(rel)) {
                    return new Audited(rel, List.of(), null, new FileRecord(rel, "", "", "", "not-screened", 0, null), null);
                }
                var img = PlainImages.read(p);
                if (img == null) return unreadable(rel, "image could not be decoded");
                PixelAudit.Result r = pixels.screen(img, rel);
                return new Audited(rel, r.findings(), null, new FileRecord(rel, "", "", "", r.outcome(), 0, null), r.thumbnail());
            }
            if (!DicomSniffer.looksLikeDicom(p)) return null;
            AttributeList list;
            boolean hasPixels;
            boolean screen = false;
            InstanceReader.Header header = InstanceReader.readHeader(p);
            hasPixels = header.streamsPixels() || header.list().get(TagFromName.PixelData) != null;
            list = header.list();
            if (hasPixels && options.pixels().screens(rel)) {
                screen = true;
                if (header.streamsPixels()) list = InstanceReader.readFull(p);
            }
            HeaderAudit.Result h = headers.audit(list, rel, hasPixels);
            List<Finding> found = new ArrayList<>(h.findings());
            String outcome = hasPixels ? "not-screened" : "no-pixels";
            byte[] thumb = null;
            if (screen) {
                PixelAudit.Result r = pixels.screen(list, rel);
                found.addAll(r.findings());
                outcome = r.outcome();
                thumb = r.thumbnail();
            }
            HeaderFacts f = h.facts();
            return new Audited(rel, found, f, new FileRecord(rel, f.modality(), f.manufacturer(), f.model(), outcome, 0, null), thumb);
        } catch (Exception | OutOfMemoryError e) {
            return unreadable(rel, "not readable as DICOM (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static Audited unreadable(String rel, String why) {
        Finding f = new Finding(rel, Kind.HEADER, "", FindingType.UNREADABLE, "", Severity.MEDIUM, why + ": not checked");
        return new Audited(rel, List.of(f), null, new FileRecord(rel, "", "", "", "unreadable", 0, null), null);
    }

    private static List<FileRecord> withCounts(List<FileRecord> files, List<Finding> findings) {
        Map<String, int[]> n = new java.util.HashMap<>();
        Map<String, Severity> worst = new java.util.HashMap<>();
        for (Finding f : findings) {
            n.computeIfAbsent(f.file(), k -> new int[1])[0]++;
            worst.merge(f.file(), f.severity(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        List<FileRecord> out = new ArrayList<>(files.size());
        for (FileRecord r : files) {
            int[] c = n.get(r.file());
            out.add(new FileRecord(r.file(), r.modality(), r.manufacturer(), r.model(), r.pixelOutcome(),
                    c == null ? 0 : c[0], worst.get(r.file())));
        }
        return out;
    }
}
