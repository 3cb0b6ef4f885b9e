package veil.deid.engine;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.CodeStringAttribute;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import veil.deid.dates.DateShifter;
import veil.deid.io.Attributes;
import veil.deid.keys.SecretKey;
import veil.deid.patient.PatientIdentity;
import veil.deid.patient.Pseudonymizer;
import veil.deid.pixels.PixelCleaner;
import veil.deid.pixels.PixelOutcome;
import veil.deid.text.TextCleaner;
import veil.deid.uid.UidMapper;
import veil.rules.DeidOption;
import veil.rules.Profile;
import veil.rules.RuleSet;

/**
 * De-identifies one parsed instance: header rules, keyed pseudonym, UIDs and date shift, pixel cleaning when the
 * profile asks for it, and the PS3.15 markers. No file I/O: runners (the local file-system run, the Beam pipeline)
 * read, write, claim and record; every one of them gets the same decisions from the same key.
 * Thread-safe; one per run. Keyed state needs nothing shared between instances, only the key.
 */
public final class InstanceEngine {

    private final RuleSet rules;
    private final HeaderDeidentifier deidentifier;
    private final UidMapper uids;
    private final Pseudonymizer pseudonyms;
    private final DateShifter dates;
    private final PixelCleaner pixelCleaner;
    private final String toolVersion;

    /** @param pixelCleaner null when none is available: instances that need cleaning are then quarantined */
    public InstanceEngine(SecretKey key, RuleSet rules, TextCleaner textCleaner, PixelCleaner pixelCleaner, String toolVersion) {
        this.rules = rules;
        this.uids = new UidMapper(key.derive("uid"));
        this.pseudonyms = new Pseudonymizer(key.derive("patient"), rules.profile().pseudonymPrefix());
        this.dates = new DateShifter(key.derive("date"), rules.profile().maxShiftDays());
        this.deidentifier = new HeaderDeidentifier(rules, uids, key.derive("hash"), textCleaner);
        this.pixelCleaner = pixelCleaner;
        this.toolVersion = toolVersion;
    }

    public RuleSet rules() {
        return rules;
    }

    /** The instance's identity as the engine sees it, or why it has none. Cheap: runners use it to claim and resume. */
    public sealed interface Identity {
        /** @param outputPath where the instance goes, relative to the output root; pseudonymised parts only */
        record Known(String outputPath, PatientIdentity patient, String sopClassUid) implements Identity { }

        record Missing(String what) implements Identity { }
    }

    public Identity identify(AttributeList header) {
        String sopClass = Attributes.string(header, TagFromName.SOPClassUID);
        String sop = Attributes.string(header, TagFromName.SOPInstanceUID);
        String study = Attributes.string(header, TagFromName.StudyInstanceUID);
        String series = Attributes.string(header, TagFromName.SeriesInstanceUID);
        for (String[] required : new String[][] {{sopClass, "SOP Class UID"}, {sop, "SOP Instance UID"},
                {study, "Study Instance UID"}, {series, "Series Instance UID"}}) {
            if (required[0].isEmpty()) return new Identity.Missing(required[1]);
        }
        PatientIdentity patient = PatientIdentity.of(Attributes.string(header, TagFromName.IssuerOfPatientID),
                Attributes.string(header, TagFromName.PatientID), Attributes.string(header, TagFromName.PatientName),
                Attributes.string(header, TagFromName.PatientBirthDate), study);
        boolean keepUids = rules.has(DeidOption.RETAIN_UIDS);
        if (keepUids) {
            // Retained UIDs name the output path as they are: one that is not a UID (a name typed into it) must not.
            for (String[] uid : new String[][] {{sop, "valid SOP Instance UID"}, {study, "valid Study Instance UID"},
                    {series, "valid Series Instance UID"}}) {
                if (!veil.rules.ValueGrammar.isValid("UI", uid[0])) return new Identity.Missing(uid[1]);
            }
        }
        String path = pseudonyms.pseudonym(patient) + "/" + pathUid(study, keepUids) + "/" + pathUid(series, keepUids) + "/"
                + pathUid(sop, keepUids) + ".dcm";
        return new Identity.Known(path, patient, sopClass);
    }

    /** Output path relative to the output root, or empty when the instance lacks the UIDs it needs. */
    public Optional<String> outputPath(AttributeList header) {
        return identify(header) instanceof Identity.Known k ? Optional.of(k.outputPath()) : Optional.empty();
    }

    /**
     * De-identifies {@code instance.dataset()} in place. Never throws for a bad instance: anything that goes wrong is a
     * quarantine with a reason that names no value.
     */
    public InstanceResult deidentify(ParsedInstance instance) {
        InstanceContext ctx = null;
        try {
            AttributeList list = instance.dataset();
            HeaderSnapshot original = new HeaderSnapshot(list);
            Identity identity = identify(list);
            if (identity instanceof Identity.Missing m) return quarantine("missing " + m.what(), null);
            Identity.Known id = (Identity.Known) identity;
            ctx = new InstanceContext(id.patient(), pseudonyms.pseudonym(id.patient()), dates.daysFor(id.patient()),
                    id.sopClassUid(), original);

            String transferSyntax = instance.transferSyntaxUid();
            PixelSource pixels = instance.pixels();
            String pixelNote;
            PixelScreening screening;
            Optional<Profile.PixelTrigger> trigger = rules.pixelCleaningTrigger(original);
            if (trigger.isPresent()) {
                if (!rules.has(DeidOption.CLEAN_PIXEL_DATA)) {
                    return quarantine("pixels may hold burned-in text (" + trigger.get().when()
                            + ") and the clean-pixel-data option is off", ctx);
                }
                if (pixelCleaner == null) return quarantine("pixels need cleaning and no pixel cleaner is available", ctx);
                if (pixels instanceof PixelSource.Streamed s) list = s.whole().read();
                pixels = PixelSource.IN_DATASET;
                PixelOutcome outcome = pixelCleaner.clean(list, rules.profile().pixelPolicy());
                if (outcome instanceof PixelOutcome.Failed f) return quarantine("pixel cleaning failed: " + f.reason(), ctx);
                if (outcome instanceof PixelOutcome.Redacted r) {
                    list.put(r.pixelData());
                    transferSyntax = r.transferSyntaxUid();
                    pixelNote = "redacted " + r.boxes() + " region(s)" + (r.notes().isEmpty() ? "" : "; " + String.join("; ", r.notes()));
                } else {
                    pixelNote = "verified free of text";
                }
                screening = PixelScreening.SCREENED;
                deidentifier.apply(list, ctx);
                if (outcome instanceof PixelOutcome.Redacted r) {
                    for (var a : r.pixelModule().values()) list.put(a);   // decoding may change photometric etc.
                }
                CodeStringAttribute burned = new CodeStringAttribute(TagFromName.BurnedInAnnotation);
                burned.addValue("NO");
                list.put(burned);
            } else {
                deidentifier.apply(list, ctx);
                pixelNote = pixels instanceof PixelSource.Streamed ? "copied unchanged (not decoded)" : "rewritten unchanged";
                boolean hasPixels = pixels instanceof PixelSource.Streamed || list.get(TagFromName.PixelData) != null
                        || list.get(TagFromName.FloatPixelData) != null || list.get(TagFromName.DoubleFloatPixelData) != null;
                screening = hasPixels ? PixelScreening.NOT_SCREENED : PixelScreening.NO_PIXELS;
            }
            DeidMarkers.add(list, rules, toolVersion);
            if (!(pixels instanceof PixelSource.Streamed) && new TransferSyntax(transferSyntax).isDeflated()) {
                transferSyntax = TransferSyntax.ExplicitVRLittleEndian;
                pixelNote += "; deflated input written as Explicit VR Little Endian";
            }
            return new InstanceResult.Released(list, transferSyntax, pixels, id.outputPath(), ctx.actionCounts(),
                    List.copyOf(ctx.warnings()), pixelNote, screening);
        } catch (IOException | DicomException | RuntimeException | StackOverflowError e) {
            return quarantine(e instanceof InvalidInstanceException i ? i.reason()
                    : e instanceof veil.deid.io.DamagedFileException d ? d.reason() : Reasons.of(e), ctx);
        }
    }

    private String pathUid(String uid, boolean keep) {
        return keep ? uid : uids.map(uid);
    }

    private static InstanceResult quarantine(String reason, InstanceContext ctx) {
        return new InstanceResult.Quarantined(reason, ctx == null ? List.of() : List.copyOf(ctx.warnings()));
    }
}
