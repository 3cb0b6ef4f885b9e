package veil.testkit.demo;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.TagFromName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import veil.cli.Main;
import veil.deid.io.InstanceReader;
import veil.deid.keys.SecretKey;
import veil.deid.pixels.PixelCleaner;
import veil.deid.run.DeidRun;
import veil.deid.run.RunConfig;
import veil.deid.run.RunListener;
import veil.deid.run.RunSummary;
import veil.testkit.dicom.BurnedInMarking;
import veil.testkit.dicom.GeneratedInstance;
import veil.testkit.dicom.GeneratedSet;
import veil.testkit.dicom.PhiLeakScanner;
import veil.testkit.dicom.PhiStudyGenerator;
import veil.testkit.dicom.SyntheticTransferSyntax;
import veil.deid.text.TextCleaner;
import veil.deid.uid.UidMapper;
import veil.testkit.demo.pixels.OcrDemo;
import veil.rules.DeidOption;
import veil.rules.ProfileLoader;
import veil.rules.RuleSet;

/** Header de-identification: a PHI-laden study set through the research profile, one header before and after. */
final class HeaderDemo {

    private static final List<AttributeTag> SHOWN = List.of(TagFromName.PatientName, TagFromName.PatientID,
            TagFromName.PatientBirthDate, TagFromName.PatientAge, TagFromName.PatientAddress, TagFromName.StudyDate,
            TagFromName.AcquisitionDateTime, TagFromName.AccessionNumber, TagFromName.ReferringPhysicianName,
            TagFromName.InstitutionName, TagFromName.StudyDescription, TagFromName.ImageComments,
            TagFromName.StudyInstanceUID, TagFromName.SOPInstanceUID, TagFromName.PatientIdentityRemoved,
            TagFromName.DeidentificationMethod, TagFromName.LongitudinalTemporalInformationModified);

    private final TextCleaner textCleaner;
    private final PixelCleaner pixelCleaner;

    HeaderDemo(TextCleaner textCleaner, PixelCleaner pixelCleaner) {
        this.textCleaner = textCleaner;
        this.pixelCleaner = pixelCleaner;
    }

    HeaderDemo() {
        this(TextCleaner.PLACEHOLDER, null);
    }

    List<DemoSection> run(Path dir) throws Exception {
        System.out.println("== DICOM header de-identification ==");
        Path in = dir.resolve("dicom-input");
        Path out = dir.resolve("dicom-release");
        GeneratedSet set = new PhiStudyGenerator(42).patients(3).studiesPerPatient(2).seriesPerStudy(2).instancesPerSeries(2)
                .transferSyntaxes(SyntheticTransferSyntax.values()).burnedInAnnotation(BurnedInMarking.FIRST_IMAGE_OF_STUDY_YES)
                .pixelCleaningModalities(true).nonDicomFiles(true).write(in);
        System.out.printf("Generated %d PHI-seeded files for %d patients in %s%n", set.instances().size(), set.patients().size(), in);
        List<Path> burned = new java.util.ArrayList<>();
        if (pixelCleaner != null) {
            burned.addAll(OcrDemo.writeInstances(in.resolve("burned-in-text")));
            // A CR and a CT with names and dates burned in and no Burned In Annotation attribute: screened all the same.
            burned.addAll(veil.testkit.pixels.independent.DemoInstances.write(in.resolve("burned-in-no-flag")));
        }
        if (!burned.isEmpty()) System.out.printf("Added %d images with names, IDs and dates burned into their pixels%n", burned.size());

        SecretKey key = SecretKey.loadOrCreate(dir.resolve("demo.key")).key();
        Set<DeidOption> options = pixelCleaner == null ? Set.of() : Set.of(DeidOption.CLEAN_PIXEL_DATA);
        RuleSet rules = RuleSet.compile(ProfileLoader.load("research"), options);
        RunSummary s = new DeidRun(new RunConfig(in, out, key, rules, Runtime.getRuntime().availableProcessors(),
                textCleaner, pixelCleaner, Main.VERSION)).run(RunListener.NONE);
        System.out.printf("veil deid --profile research%s: %d written, %d skipped (not DICOM), %d quarantined%n",
                pixelCleaner == null ? "" : " --option clean-pixel-data", s.written(), s.skipped(), s.quarantined());
        System.out.println("Output: " + out + "   audit: " + s.audit() + "   quarantine list: " + s.quarantineList());
        int leaks = new PhiLeakScanner(set.seededPhi().stream()
                .filter(p -> p.kind() != veil.testkit.dicom.PhiKind.DATE && p.kind() != veil.testkit.dicom.PhiKind.DATE_TIME).toList())
                .scan(out).size();
        System.out.println("Seeded identifiers found in the release (bytes and paths): " + leaks);

        GeneratedInstance shown = set.instances().stream().filter(g -> g.kind().name().equals("CR") && !g.burnedInAnnotationYes())
                .findFirst().orElseThrow();
        AttributeList before = InstanceReader.readFull(shown.path());
        String newSop = new UidMapper(key.derive("uid")).map(shown.sopInstanceUid());
        AttributeList after = find(out, newSop);
        StringBuilder table = new StringBuilder("<table><tr><th>Attribute</th><th>Before</th><th>After</th></tr>\n");
        System.out.println();
        System.out.printf("%-40s %-34s %s%n", "Attribute", "Before", "After");
        for (AttributeTag tag : SHOWN) {
            String b = value(before, tag);
            String a = after == null ? "?" : value(after, tag);
            String name = AttributeList.getDictionary().getNameFromTag(tag);
            System.out.printf("%-40s %-34s %s%n", name, cut(b, 34), cut(a, 60));
            table.append("<tr><td>").append(Html.esc(name)).append("</td><td class=\"before\">").append(Html.esc(b))
                    .append("</td><td class=\"after\">").append(Html.esc(a)).append("</td></tr>\n");
        }
        table.append("</table>\n");
        String quarantine = Files.readString(s.quarantineList());
        String html = "<p>" + set.instances().size() + " synthetic files for " + set.patients().size()
                + " patients (explicit and implicit VR, big endian; CR, DX, CT, SR, US, SC; PHI in standard, private and nested"
                + " attributes, free text and file paths) went through <code>veil deid --profile research"
                + (pixelCleaner == null ? "" : " --option clean-pixel-data") + "</code>: "
                + s.written() + " written, " + s.skipped() + " non-DICOM files skipped, " + s.quarantined()
                + " quarantined. Seeded identifiers found in the release by a byte scan: <b>" + leaks + "</b>.</p>\n"
                + "<p>One chest radiograph's header, before and after (dates moved by the patient's keyed shift, age capped,"
                + " UIDs remapped consistently, free text cleaned):</p>\n" + table
                + "<p>Quarantined (the operator's worklist, beside the release, not inside it):</p><pre>" + Html.esc(quarantine) + "</pre>\n"
                + "<p>Release folder: <code>" + Html.esc(out.toString()) + "</code>; audit: <code>" + Html.esc(s.audit().toString()) + "</code></p>\n";
        System.out.println();
        List<DemoSection> sections = new java.util.ArrayList<>();
        sections.add(new DemoSection("DICOM header de-identification", html));
        if (!burned.isEmpty()) sections.add(PixelSection.run(dir, burned, out, key, s));
        return sections;
    }

    static AttributeList find(Path out, String sop) throws IOException {
        Path p = findFile(out, sop);
        try {
            return p == null ? null : InstanceReader.readFull(p);
        } catch (com.pixelmed.dicom.DicomException e) {
            return null;
        }
    }

    static Path findFile(Path out, String sop) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".dcm")).toList()) {
                try {
                    AttributeList l = new AttributeList();
                    l.read(p.toFile(), TagFromName.PixelData);
                    if (sop.equals(value(l, TagFromName.SOPInstanceUID))) return p;
                } catch (Exception e) {
                    // not this one
                }
            }
        }
        return null;
    }

    static String value(AttributeList l, AttributeTag tag) {
        Attribute a = l.get(tag);
        return a == null ? "(absent)" : a.getDelimitedStringValuesOrEmptyString().isEmpty() ? "(empty)" : a.getDelimitedStringValuesOrEmptyString();
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
