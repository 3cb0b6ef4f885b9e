package veil.deid.run;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.CodeStringAttribute;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import veil.deid.dates.DateShifter;
import veil.deid.engine.DeidMarkers;
import veil.deid.engine.HeaderDeidentifier;
import veil.deid.engine.HeaderSnapshot;
import veil.deid.engine.InstanceContext;
import veil.deid.io.Attributes;
import veil.deid.io.DicomSniffer;
import veil.deid.io.InstanceReader;
import veil.deid.io.InstanceWriter;
import veil.deid.patient.PatientIdentity;
import veil.deid.patient.Pseudonymizer;
import veil.deid.pixels.PixelOutcome;
import veil.deid.uid.UidMapper;
import veil.rules.DeidOption;
import veil.rules.Profile;

/** De-identifies one input file into OUT, or says why not. Thread-safe. */
final class InstanceProcessor {

    static final String TEMP_SUFFIX = ".veil-tmp";

    private final RunConfig config;
    private final HeaderDeidentifier deidentifier;
    private final UidMapper uids;
    private final Pseudonymizer pseudonyms;
    private final DateShifter dates;
    private final Set<Path> claimed = ConcurrentHashMap.newKeySet();

    InstanceProcessor(RunConfig config) {
        this.config = config;
        this.uids = new UidMapper(config.key().derive("uid"));
        this.pseudonyms = new Pseudonymizer(config.key().derive("patient"), config.rules().profile().pseudonymPrefix());
        this.dates = new DateShifter(config.key().derive("date"), config.rules().profile().maxShiftDays());
        this.deidentifier = new HeaderDeidentifier(config.rules(), uids, config.key().derive("hash"), config.textCleaner());
    }

    FileOutcome process(Path file) {
        if (file.getFileName().toString().equalsIgnoreCase("DICOMDIR")) return new FileOutcome.Skipped("DICOMDIR");
        InstanceContext ctx = null;
        Path temp = null;
        try {
            if (Files.size(file) == 0 || !DicomSniffer.looksLikeDicom(file)) return new FileOutcome.Skipped("not DICOM");
            InstanceReader.Header header = InstanceReader.readHeader(file);
            AttributeList list = header.list();
            HeaderSnapshot original = new HeaderSnapshot(list);
            String sopClass = Attributes.string(list, TagFromName.SOPClassUID);
            String sop = Attributes.string(list, TagFromName.SOPInstanceUID);
            String study = Attributes.string(list, TagFromName.StudyInstanceUID);
            String series = Attributes.string(list, TagFromName.SeriesInstanceUID);
            for (String[] required : new String[][] {{sopClass, "SOP Class UID"}, {sop, "SOP Instance UID"},
                    {study, "Study Instance UID"}, {series, "Series Instance UID"}}) {
                if (required[0].isEmpty()) return quarantine("missing " + required[1], null);
            }
            PatientIdentity patient = PatientIdentity.of(Attributes.string(list, TagFromName.IssuerOfPatientID),
                    Attributes.string(list, TagFromName.PatientID), Attributes.string(list, TagFromName.PatientName),
                    Attributes.string(list, TagFromName.PatientBirthDate), study);
            ctx = new InstanceContext(patient, pseudonyms.pseudonym(patient), dates.daysFor(patient), sopClass, original);

            boolean keepUids = config.rules().has(DeidOption.RETAIN_UIDS);
            String rel = ctx.pseudonym() + "/" + pathUid(study, keepUids) + "/" + pathUid(series, keepUids) + "/"
                    + pathUid(sop, keepUids) + ".dcm";
            Path target = config.output().resolve(rel);
            if (!claimed.add(target)) return quarantine("duplicate: another input in this run has the same SOP Instance UID", ctx);
            if (Files.exists(target)) return new FileOutcome.AlreadyDone(rel);

            String transferSyntax = header.transferSyntaxUid();
            String pixels;
            Optional<Profile.PixelTrigger> trigger = config.rules().pixelCleaningTrigger(original);
            if (trigger.isPresent()) {
                if (!config.rules().has(DeidOption.CLEAN_PIXEL_DATA)) {
                    return quarantine("pixels may hold burned-in text (" + trigger.get().when()
                            + ") and the clean-pixel-data option is off", ctx);
                }
                if (config.pixelCleaner() == null) return quarantine("pixels need cleaning and no pixel cleaner is available", ctx);
                list = header.streamsPixels() ? InstanceReader.readFull(file) : list;
                PixelOutcome outcome = config.pixelCleaner().clean(list, config.rules().profile().pixelPolicy());
                if (outcome instanceof PixelOutcome.Failed f) return quarantine("pixel cleaning failed: " + f.reason(), ctx);
                if (outcome instanceof PixelOutcome.Redacted r) {
                    list.put(r.pixelData());
                    transferSyntax = r.transferSyntaxUid();
                    pixels = "redacted " + r.boxes() + " region(s)" + (r.notes().isEmpty() ? "" : "; " + String.join("; ", r.notes()));
                } else {
                    pixels = "verified free of text";
                }
                CodeStringAttribute burned = new CodeStringAttribute(TagFromName.BurnedInAnnotation);
                burned.addValue("NO");
                deidentifier.apply(list, ctx);
                if (outcome instanceof PixelOutcome.Redacted r) {
                    for (var a : r.pixelModule().values()) list.put(a);   // decoding may change photometric etc.
                }
                list.put(burned);
                header = new InstanceReader.Header(list, transferSyntax, -1);
            } else {
                deidentifier.apply(list, ctx);
                pixels = header.streamsPixels() ? "copied unchanged (not decoded)" : "rewritten unchanged";
            }
            DeidMarkers.add(list, config.rules(), config.toolVersion());
            if (!header.streamsPixels() && new TransferSyntax(transferSyntax).isDeflated()) {
                transferSyntax = TransferSyntax.ExplicitVRLittleEndian;
                pixels += "; deflated input written as Explicit VR Little Endian";
            }

            Files.createDirectories(target.getParent());
            temp = target.resolveSibling("." + target.getFileName() + TEMP_SUFFIX);
            Files.deleteIfExists(temp);
            if (header.streamsPixels()) {
                InstanceWriter.writeStreaming(list, transferSyntax, file, header.pixelDataStart(), temp);
            } else {
                InstanceWriter.writeWhole(list, transferSyntax, temp);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            return new FileOutcome.Written(rel, ctx.actionCounts(), List.copyOf(ctx.warnings()), pixels);
        } catch (IOException | DicomException | RuntimeException | StackOverflowError e) {
            return quarantine(reason(e, file), ctx);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the next run removes stale temporary files
                }
            }
        }
    }

    private String pathUid(String uid, boolean keep) {
        return keep ? uid : uids.map(uid);
    }

    private static FileOutcome quarantine(String reason, InstanceContext ctx) {
        return new FileOutcome.Quarantined(reason, ctx == null ? List.of() : List.copyOf(ctx.warnings()));
    }

    /** Exception messages from the toolkit describe structure, not values; paths are replaced in case they carry names. */
    static String reason(Throwable e, Path file) {
        // failclosed: the reader's and the engine's refusals carry their own PHI-free reason
        if (e instanceof veil.deid.io.DamagedFileException d) return d.reason();
        if (e instanceof veil.deid.engine.InvalidInstanceException i) return i.reason();
        String m = e.getMessage() == null ? "" : e.getMessage();
        m = m.replace(file.toString(), "<input>").replace(file.toAbsolutePath().toString(), "<input>");
        m = m.replaceAll("[\\r\\n\\t]+", " ");
        if (m.length() > 200) m = m.substring(0, 200) + "…";
        String kind = e instanceof DicomException || e instanceof java.io.EOFException ? "cannot parse as DICOM"
                : e instanceof IOException ? "I/O error" : e instanceof StackOverflowError ? "nesting too deep" : "cannot process";
        return kind + " (" + e.getClass().getSimpleName() + (m.isEmpty() ? "" : ": " + m) + ")";
    }
}
