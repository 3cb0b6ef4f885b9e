package veil.audit.header;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.ClinicalTrialsAttributes;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import veil.audit.finding.Evidence;
import veil.audit.finding.Finding;
import veil.audit.finding.FindingType;
import veil.audit.finding.Kind;
import veil.audit.finding.Severity;
import veil.deid.engine.HeaderSnapshot;
import veil.deid.io.DatasetWalker;
import veil.deid.text.PhiScanner;
import veil.deid.text.PhiType;
import veil.deid.text.TextScanner;
import veil.rules.Action;
import veil.rules.IdentifyingAttributes;
import veil.rules.IodTypes;
import veil.rules.ProfileLoader;
import veil.rules.RuleSet;

/**
 * Looks at every attribute of one header, at every depth, for what a release must not carry: identifiers in any text
 * value (the report scanner), the instance's own identifying values repeated elsewhere, attributes the profile removes,
 * private attributes off the safe list, UIDs the profile replaces still in original form, and the de-identification
 * and burned-in flags. Thread-safe; one instance serves every worker.
 */
public final class HeaderAudit {

    /** Free-text VRs the scanner reads; codes (CS), UIDs, dates and numbers carry no free text. */
    private static final Set<String> TEXT_VRS = Set.of("LO", "LT", "SH", "ST", "UT", "UC", "PN");
    private static final Set<String> LONG_TEXT_VRS = Set.of("LT", "ST", "UT", "UC");
    private static final Set<String> KEY_UIDS = Set.of("StudyInstanceUID", "SeriesInstanceUID", "SOPInstanceUID",
            "MediaStorageSOPInstanceUID", "FrameOfReferenceUID", "ReferencedSOPInstanceUID");
    /** The patient's own identifiers: they differ per patient by design, so they are no linkage risk. */
    private static final Set<String> PATIENT_OWN = Set.of("PatientID", "PatientName", "OtherPatientIDs",
            "OtherPatientNames", "PatientBirthName", "PatientMotherBirthName", "IssuerOfPatientID");

    private static final Map<Integer, IdentifyingAttributes.Entry> IDENTIFYING = new HashMap<>();
    private static final Set<String> CODED = ResourceWords.load("/veil/audit/coded-attributes.txt");

    static {
        for (IdentifyingAttributes.Entry e : IdentifyingAttributes.all()) IDENTIFYING.put(e.tag(), e);
    }

    private final RuleSet rules;
    private final CachedScanner scanner;

    public HeaderAudit(RuleSet rules, TextScanner scanner) {
        this.rules = rules;
        this.scanner = new CachedScanner(scanner);
    }

    /** Judged against the PS3.15 basic profile, with the shared report scanner. */
    public static HeaderAudit basic() {
        return of(null);
    }

    /** Judged against {@code rules} (the profile the folder was made with), or basic when null. */
    public static HeaderAudit of(RuleSet rules) {
        return new HeaderAudit(rules != null ? rules : RuleSet.compile(ProfileLoader.load("basic"), Set.of()), PhiScanner.shared());
    }

    public RuleSet rules() {
        return rules;
    }

    public record Result(List<Finding> findings, HeaderFacts facts) { }

    /**
     * @param list      the header (pixel data may be absent: it is not looked at here)
     * @param file      the path to name in findings
     * @param hasPixels whether the instance has top-level Pixel Data (the header may have been read without it)
     */
    public Result audit(AttributeList list, String file, boolean hasPixels) {
        List<Finding> out = new ArrayList<>();
        HeaderSnapshot header = new HeaderSnapshot(list);
        String sopClass = str(list, TagFromName.SOPClassUID);
        OwnIdentifiers own = OwnIdentifiers.of(list);
        DatasetWalker.walk(list, (path, attr, owner) -> visit(file, path, attr, owner, header, sopClass, own, out));
        flags(list, file, hasPixels, out);
        return new Result(out, facts(list, hasPixels));
    }

    private void visit(String file, String path, Attribute attr, AttributeList owner, HeaderSnapshot header,
                       String sopClass, OwnIdentifiers own, List<Finding> out) {
        AttributeTag tag = attr.getTag();
        int group = tag.getGroup();
        if (group == 0x0002 || tag.getElement() == 0x0000 || tag.equals(TagFromName.PixelData)) return;
        String vr = attr.getVRAsString();
        String[] values = values(attr);
        boolean hasValue = attr instanceof SequenceAttribute sq ? sq.getNumberOfItems() > 0 : hasText(values);
        if (tag.isPrivate()) {
            if (tag.getElement() >= 0x0010 && tag.getElement() <= 0x00FF) return;   // a private creator: a name, not data
            String creator = owner.getPrivateCreatorString(tag);
            boolean safe = creator != null && !creator.isBlank() && ClinicalTrialsAttributes.isSafePrivateAttribute(creator, tag);
            if (!safe && hasValue) {
                out.add(new Finding(file, Kind.HEADER, path, FindingType.PRIVATE, TEXT_VRS.contains(vr) ? Evidence.mask(join(values)) : "",
                        Severity.MEDIUM, "private attribute not on the safe list"));
            }
            if (TEXT_VRS.contains(vr) || "UN".equals(vr)) scanText(file, path, vr, values, own, false, false, false, false, out);
            return;
        }
        int t = (group << 16) | tag.getElement();
        IdentifyingAttributes.Entry identifying = IDENTIFYING.get(t);
        Action action = rules.forStandard(t, header).map(RuleSet.Decision::action).orElse(Action.KEEP);
        if (action instanceof Action.Choice c) action = c.resolve(IodTypes.get().typeOf(t, sopClass));
        if ((action instanceof Action.Remove || action instanceof Action.Empty) && hasValue && !allPlaceholders(values, attr)) {
            out.add(new Finding(file, Kind.HEADER, path, FindingType.REMOVED_ATTRIBUTE,
                    TEXT_VRS.contains(vr) || isDate(vr) ? Evidence.mask(join(values)) : "",
                    identifying != null ? Severity.HIGH : Severity.LOW,
                    "attribute the basic profile " + (action instanceof Action.Remove ? "removes" : "empties") + " is present with a value"));
        }
        if ("UI".equals(vr) && action instanceof Action.NewUid) {
            for (String v : values) {
                String u = v.trim();
                if (u.isEmpty() || u.startsWith("2.25.") || u.startsWith("1.2.840.10008.")) continue;
                String keyword = DatasetWalker.name(tag);
                out.add(new Finding(file, Kind.HEADER, path, FindingType.UID, Evidence.mask(u),
                        KEY_UIDS.contains(keyword) ? Severity.LOW : Severity.INFO, "original-looking UID"));
                break;
            }
        }
        if (TEXT_VRS.contains(vr)) {
            boolean pseudonymised = action instanceof Action.Pseudonym || action instanceof Action.Hash;
            boolean coded = CODED.contains(DatasetWalker.name(tag));
            scanText(file, path, vr, values, own, identifying != null, pseudonymised, action instanceof Action.Hash, coded, out);
        }
    }

    /**
     * @param pseudonymised the profile gives this attribute a keyed pseudonym or hash: one token is expected there,
     *                      and only a value with name structure (components, spaces) is a name
     * @param hashed        the profile hashes this attribute: a value of Veil's keyed-hash shape ({@link KeyedHashValue})
     *                      is that hash, not text for the scanner
     * @param coded         a code, not free text: the scanner is not run on it
     */
    private void scanText(String file, String path, String vr, String[] values, OwnIdentifiers own, boolean identifying,
                          boolean pseudonymised, boolean hashed, boolean coded, List<Finding> out) {
        for (int i = 0; i < values.length; i++) {
            String v = values[i];
            if (v == null || Placeholders.isPlaceholder(v)) continue;
            String where = values.length > 1 ? path + "#" + i : path;
            if ("PN".equals(vr)) {
                boolean structured = v.trim().contains("^") || v.trim().contains(" ");
                if ((!pseudonymised || structured) && PersonNameShape.looksLikeAName(v)) {
                    out.add(new Finding(file, Kind.HEADER, where, FindingType.NAME, Evidence.mask(v.replace('^', ' ')),
                            Severity.HIGH, "person name present"));
                }
                continue;
            }
            String text = v.replace('^', ' ');
            boolean ownHash = hashed && KeyedHashValue.is(v);
            for (veil.deid.text.Finding f : coded || ownHash ? List.<veil.deid.text.Finding>of() : scanner.scan(text)) {
                Severity s = severity(f.type(), LONG_TEXT_VRS.contains(vr) || path.endsWith("TextValue"));
                out.add(new Finding(file, Kind.HEADER, where + " chars " + f.start() + "-" + f.end(), FindingType.of(f.type()),
                        Evidence.mask(text.substring(f.start(), f.end())), s, "identifier found by the text scanner"));
            }
            if (!identifying && text.length() == text.toUpperCase(Locale.ROOT).length()) {
                OwnIdentifiers.Match m = own.find(text);
                if (m != null) {
                    out.add(new Finding(file, Kind.HEADER, where + " chars " + m.start() + "-" + m.end(), m.type(),
                            Evidence.mask(text.substring(m.start(), m.end())), Severity.HIGH,
                            "the instance's own " + m.source() + " value appears here"));
                }
            }
        }
    }

    /** Free text is where the scanner is reliable; in short codes and names its hits are weaker evidence. */
    static Severity severity(PhiType type, boolean freeText) {
        Severity s = Severity.of(type);
        if (!freeText && s != Severity.INFO) s = Severity.values()[s.ordinal() - 1];
        return s;
    }

    private static void flags(AttributeList list, String file, boolean hasPixels, List<Finding> out) {
        String removed = str(list, TagFromName.PatientIdentityRemoved).toUpperCase(Locale.ROOT);
        if (!"YES".equals(removed)) {
            out.add(new Finding(file, Kind.HEADER, "PatientIdentityRemoved", FindingType.IDENTITY_FLAG, removed,
                    Severity.MEDIUM, removed.isEmpty() ? "Patient Identity Removed missing" : "Patient Identity Removed is not YES"));
        }
        if (hasPixels) {
            String burned = str(list, TagFromName.BurnedInAnnotation).toUpperCase(Locale.ROOT);
            if ("YES".equals(burned)) {
                out.add(new Finding(file, Kind.HEADER, "BurnedInAnnotation", FindingType.BURNED_IN_FLAG, burned,
                        Severity.HIGH, "Burned In Annotation is YES"));
            } else if (burned.isEmpty()) {
                out.add(new Finding(file, Kind.HEADER, "BurnedInAnnotation", FindingType.BURNED_IN_FLAG, "",
                        Severity.LOW, "Burned In Annotation missing on an image"));
            }
        }
    }

    private static HeaderFacts facts(AttributeList list, boolean hasPixels) {
        Map<String, String> linkable = new HashMap<>();
        for (IdentifyingAttributes.Entry e : IdentifyingAttributes.all()) {
            if (e.kind() == IdentifyingAttributes.Kind.DATE || PATIENT_OWN.contains(e.keyword())) continue;
            Attribute a = list.get(new AttributeTag(e.tag() >>> 16, e.tag() & 0xFFFF));
            if (a == null || a instanceof SequenceAttribute) continue;
            String v = a.getDelimitedStringValuesOrEmptyString().trim();
            if (!Placeholders.isPlaceholder(v)) linkable.put(e.keyword(), v);
        }
        return new HeaderFacts(str(list, TagFromName.PatientID), str(list, TagFromName.Modality),
                str(list, TagFromName.Manufacturer), str(list, TagFromName.ManufacturerModelName), hasPixels,
                str(list, TagFromName.BurnedInAnnotation), linkable);
    }

    private static boolean allPlaceholders(String[] values, Attribute attr) {
        if (attr instanceof SequenceAttribute) return false;
        for (String v : values) if (v != null && !Placeholders.isPlaceholder(v)) return false;
        return true;
    }

    private static boolean isDate(String vr) {
        return "DA".equals(vr) || "DT".equals(vr) || "TM".equals(vr);
    }

    private static String[] values(Attribute a) {
        if (a instanceof SequenceAttribute) return new String[0];
        try {
            String[] v = a.getStringValues();
            return v == null ? new String[0] : v;
        } catch (Exception e) {
            return new String[0];
        }
    }

    private static boolean hasText(String[] values) {
        for (String v : values) if (v != null && !v.isBlank()) return true;
        return false;
    }

    private static String join(String[] values) {
        return String.join("\\", values);
    }

    static String str(AttributeList list, AttributeTag tag) {
        return Attribute.getSingleStringValueOrEmptyString(list, tag).trim();
    }
}
