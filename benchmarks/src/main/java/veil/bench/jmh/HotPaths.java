package veil.bench.jmh;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomInputStream;
import com.pixelmed.dicom.TagFromName;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import veil.deid.dates.DateShifter;
import veil.deid.engine.HeaderDeidentifier;
import veil.deid.engine.HeaderSnapshot;
import veil.deid.engine.InstanceContext;
import veil.deid.io.Attributes;
import veil.deid.keys.SecretKey;
import veil.deid.patient.PatientIdentity;
import veil.deid.run.AuditLines;
import veil.deid.run.FileOutcome;
import veil.deid.text.PhiScanner;
import veil.deid.uid.UidMapper;
import veil.ocr.OcrPixelCleaner;
import veil.rules.PixelPolicy;
import veil.rules.ProfileLoader;
import veil.rules.RuleSet;
import veil.testkit.dicom.PhiStudyGenerator;
import veil.testkit.pixels.AccuracyHarness;
import veil.testkit.pixels.ChestSynth;
import veil.testkit.pixels.SynthDicom;
import veil.testkit.text.ReportGenerator;

/**
 * JMH benchmarks of the hot paths, one operation each: the basic profile's rules on one chest X-ray header (and the
 * header parse they start from), one UID remap, one date shift, one audit line, one report scanned for identifiers, one 1024² image
 * OCR-cleaned. Inputs come from the testkit generators (seeded). Run: {@code ./veil bench jmh [JMH args]}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HotPaths {

    private static final SecretKey KEY = SecretKey.of("jmh-benchmark-key-0123456789abcdef".getBytes());

    private byte[] headerBytes;
    private HeaderDeidentifier deidentifier;
    private UidMapper uids;
    private String[] uidInputs;
    private int next;
    private List<String> reports;
    private OcrPixelCleaner ocr;
    private AuditLines audit;
    private FileOutcome.Written written;
    private AttributeList image;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path dir = Files.createTempDirectory("veil-jmh");
        var set = new PhiStudyGenerator(3).patients(1).studiesPerPatient(1).seriesPerStudy(1).instancesPerSeries(1)
                .reports(false).imageSize(64, 64).write(dir.resolve("in"));
        Path file = set.instances().get(0).path();
        headerBytes = Files.readAllBytes(set.root().resolve(file));
        RuleSet rules = RuleSet.compile(ProfileLoader.load("basic"), Set.of());
        uids = new UidMapper(KEY.derive("uid"));
        deidentifier = new HeaderDeidentifier(rules, uids, KEY.derive("hash"), text -> text);
        uidInputs = new String[1024];
        for (int i = 0; i < uidInputs.length; i++) uidInputs[i] = "1.2.826.0.1.3680043.10.999." + (1_000_000 + i * 7919);
        reports = new ReportGenerator(5).generate(64).stream().map(r -> r.text()).toList();
        audit = new AuditLines(KEY.derive("path"));
        written = new FileOutcome.Written("VEILX/2.25.1/2.25.2/2.25.3.dcm", java.util.Map.of("remove", 31, "empty", 12,
                "uid", 9, "pseudonym", 2, "keep", 40), List.of(), "copied unchanged (not decoded)", veil.deid.engine.PixelScreening.NOT_SCREENED);
        ocr = new OcrPixelCleaner();
        image = SynthDicom.grey(ChestSynth.generate(AccuracyHarness.grid(1024, new int[]{24}, 11).get(0)), "CR");
        // A missing model makes every clean a microsecond-long failure: refuse to time that.
        if (ocr.clean(image, PixelPolicy.defaults()) instanceof veil.deid.pixels.PixelOutcome.Failed f)
            throw new IllegalStateException("the OCR benchmark image was not cleaned: " + f.reason()
                    + " (set VEIL_OCR_MODELS or -Dveil.ocr.models)");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        ocr.close();
    }

    private AttributeList parse() throws Exception {
        AttributeList list = new AttributeList();
        list.read(new DicomInputStream(new ByteArrayInputStream(headerBytes)));
        return list;
    }

    /** What {@link #rulesPerDataset} starts from: parse a 64² instance (header plus 8 KB of pixels) from memory. */
    @Benchmark
    public AttributeList parseDataset() throws Exception {
        return parse();
    }

    /** Parse, then the basic profile on every attribute at every depth (subtract {@link #parseDataset}). */
    @Benchmark
    public AttributeList rulesPerDataset() throws Exception {
        AttributeList list = parse();
        PatientIdentity patient = PatientIdentity.of("", Attributes.string(list, TagFromName.PatientID),
                Attributes.string(list, TagFromName.PatientName), "", Attributes.string(list, TagFromName.StudyInstanceUID));
        InstanceContext ctx = new InstanceContext(patient, "VEILBENCH", 100, Attributes.string(list, TagFromName.SOPClassUID),
                new HeaderSnapshot(list));
        deidentifier.apply(list, ctx);
        return list;
    }

    /** One audit line for a released instance (keyed path hash, counts by action). */
    @Benchmark
    public String auditLine() {
        return audit.auditLine("PATIENT_NAME_MRN/20191102_ACC/S01_DX/IM" + (next++ & 1023) + ".dcm", written);
    }

    @Benchmark
    public String uidRemap() {
        return uids.map(uidInputs[next++ & 1023]);
    }

    @Benchmark
    public String dateShift() {
        return DateShifter.shiftDate("20191102", 1 + (next++ & 255));
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object textScanPerReport() {
        return PhiScanner.shared().scan(reports.get(next++ & 63));
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1, time = 5)
    @Measurement(iterations = 3, time = 5)
    public Object ocrPerImage() {
        return ocr.clean(image, PixelPolicy.defaults());
    }
}
