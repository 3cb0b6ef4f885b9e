package veil.audit.compare;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
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
import veil.deid.io.InstanceReader;
import veil.rules.Action;
import veil.rules.IodTypes;
import veil.rules.RuleSet;

/**
 * The MIDI-B style checks of a de-identified folder against its originals. Files are matched, in this order, by the
 * de-identified SOP Instance UID computed from the original's with the user's key ({@code --key}: exact whatever
 * happened to the pixels), by an identical stored Pixel Data hash (pixels passed through), or by an unchanged SOP
 * Instance UID (itself a failed uid_changed check). Unmatched files are counted, not scored. The expectations come
 * from the profile's rules, since there is no answer key: what it keeps must stay, what it removes must go, what it
 * shifts must move (by one offset per patient), what it replaces must change consistently. Not thread-safe: one
 * comparison per run, fed file by file.
 */
public final class OriginalComparison {

    private static final DateTimeFormatter DA = DateTimeFormatter.BASIC_ISO_DATE;

    private final RuleSet rules;
    private final OriginalIndex index;
    private final Map<Category, long[]> counts = new EnumMap<>(Category.class);
    private final Map<String, Set<String>> newUidsByOriginal = new HashMap<>();
    private final Map<String, Set<String>> originalUidsByNew = new HashMap<>();
    private final Map<String, Set<String>> newPidsByOriginal = new HashMap<>();
    private final Map<String, Set<String>> originalPidsByNew = new HashMap<>();
    private final Map<String, Set<Long>> offsetsByPatient = new HashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private int matched, unmatched;
    private final Set<String> matchedBy = new HashSet<>();

    public OriginalComparison(RuleSet rules, OriginalIndex index) {
        this.rules = rules;
        this.index = index;
        for (Category c : Category.values()) counts.put(c, new long[2]);
    }

    /** Compares one de-identified file with its original, when one matches. */
    public void compare(String rel, Path file) {
        OriginalIndex.Match m = index.find(file);
        if (m == null) {
            unmatched++;
            return;
        }
        AttributeList orig, deid;
        String origPixels;
        try {
            deid = InstanceReader.readHeader(file).list();
            InstanceReader.Header oh = InstanceReader.readHeader(m.original());
            orig = oh.list();
            origPixels = PixelFingerprint.of(m.original(), oh);
        } catch (Exception e) {
            unmatched++;
            return;
        }
        matched++;
        matchedBy.add(m.how());
        comparePair(rel, orig, deid, origPixels, file);
    }

    private void comparePair(String rel, AttributeList orig, AttributeList deid, String origPixels, Path deidFile) {
        HeaderSnapshot header = new HeaderSnapshot(orig);
        String sopClass = str(orig, TagFromName.SOPClassUID);
        String origPatient = str(orig, TagFromName.PatientID);
        for (Attribute a : orig.values()) {
            AttributeTag tag = a.getTag();
            if (tag.isPrivate() || tag.getGroup() == 0x0002 || tag.getElement() == 0 || tag.equals(TagFromName.PixelData)) continue;
            if (a instanceof SequenceAttribute) continue;
            String before = a.getDelimitedStringValuesOrEmptyString().trim();
            if (before.isEmpty()) continue;
            int t = (tag.getGroup() << 16) | tag.getElement();
            Action action = rules.forStandard(t, header).map(RuleSet.Decision::action).orElse(Action.KEEP);
            if (action instanceof Action.Choice c) action = c.resolve(IodTypes.get().typeOf(t, sopClass));
            String vr = a.getVRAsString();
            String name = DatasetWalker.name(tag);
            String after = Attribute.getDelimitedStringValuesOrEmptyString(deid, tag).trim();
            if ("UI".equals(vr)) {
                if (!(action instanceof Action.NewUid)) continue;
                boolean changed = !after.equals(before);
                score(Category.UID_CHANGED, changed, rel, name, FindingType.UID, after, Severity.HIGH, "UID not changed");
                if (!after.isEmpty()) {
                    newUidsByOriginal.computeIfAbsent(before, k -> new HashSet<>(2)).add(after);
                    originalUidsByNew.computeIfAbsent(after, k -> new HashSet<>(2)).add(before);
                }
            } else if (action instanceof Action.ShiftDate || (action instanceof Action.Clean && ("DA".equals(vr) || "DT".equals(vr)))) {
                if (after.isEmpty()) continue;   // removed instead of shifted: nothing left to link
                boolean shifted = !after.equals(before);
                score(Category.DATE_SHIFTED, shifted, rel, name, FindingType.DATE, after, Severity.MEDIUM, "date not shifted");
                Long days = offset(before, after, vr);
                if (days != null) offsetsByPatient.computeIfAbsent(origPatient, k -> new HashSet<>(2)).add(days);
            } else if (action instanceof Action.Keep) {
                score(Category.TAG_RETAINED, !after.isEmpty(), rel, name, FindingType.REMOVED_ATTRIBUTE, "", Severity.INFO,
                        "attribute the profile keeps is missing or empty");
            } else if (action instanceof Action.Remove || action instanceof Action.Empty || action instanceof Action.Dummy
                    || action instanceof Action.Pseudonym || action instanceof Action.Hash || action instanceof Action.Replace) {
                boolean removed = after.isEmpty() || !after.toUpperCase(Locale.ROOT).contains(before.toUpperCase(Locale.ROOT));
                score(Category.TEXT_REMOVED, removed, rel, name, FindingType.REMOVED_ATTRIBUTE, after, Severity.HIGH,
                        "original value still present");
            }
        }
        String newPatient = str(deid, TagFromName.PatientID);
        newPidsByOriginal.computeIfAbsent(origPatient, k -> new HashSet<>(2)).add(newPatient);
        originalPidsByNew.computeIfAbsent(newPatient, k -> new HashSet<>(2)).add(origPatient);
        if ("YES".equalsIgnoreCase(str(orig, TagFromName.BurnedInAnnotation)) && origPixels != null) {
            String now;
            try {
                now = PixelFingerprint.of(deidFile, InstanceReader.readHeader(deidFile));
            } catch (Exception e) {
                now = null;
            }
            score(Category.PIXELS_HIDDEN, now != null && !now.equals(origPixels), rel, "PixelData", FindingType.PIXEL_TEXT, "",
                    Severity.HIGH, "pixels unchanged although the original declares burned-in text");
        }
    }

    private static Long offset(String before, String after, String vr) {
        try {
            LocalDate b = LocalDate.parse(before.substring(0, 8), DA), a = LocalDate.parse(after.substring(0, 8), DA);
            return ChronoUnit.DAYS.between(b, a);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void score(Category c, boolean passed, String rel, String location, FindingType type, String value,
                       Severity severity, String check) {
        long[] n = counts.get(c);
        n[0]++;
        if (passed) {
            n[1]++;
        } else {
            findings.add(new Finding(rel, Kind.COMPARISON, location, type, Evidence.mask(value), severity, c.id + ": " + check));
        }
    }

    /** Scores after every file: the consistency categories are judged over the whole folder. */
    public List<CategoryScore> scores() {
        Map<Category, long[]> all = new EnumMap<>(Category.class);
        counts.forEach((k, v) -> all.put(k, v.clone()));
        consistency(all.get(Category.UID_CONSISTENT), newUidsByOriginal, originalUidsByNew);
        consistency(all.get(Category.PATID_CONSISTENT), newPidsByOriginal, originalPidsByNew);
        long[] off = all.get(Category.DATE_OFFSET_CONSISTENT);
        for (Set<Long> offsets : offsetsByPatient.values()) {
            off[0]++;
            if (offsets.size() == 1) off[1]++;
        }
        List<CategoryScore> out = new ArrayList<>();
        all.forEach((k, v) -> out.add(new CategoryScore(k, v[0], v[1])));
        return out;
    }

    private static void consistency(long[] n, Map<String, Set<String>> forward, Map<String, Set<String>> back) {
        for (Map.Entry<String, Set<String>> e : forward.entrySet()) {
            n[0]++;
            boolean one = e.getValue().size() == 1 && back.getOrDefault(e.getValue().iterator().next(), Set.of()).size() == 1;
            if (one) n[1]++;
        }
    }

    /** Failed checks; a folder-wide inconsistency is one finding per category. */
    public List<Finding> findings() {
        List<Finding> out = new ArrayList<>(findings);
        for (CategoryScore s : scores()) {
            if ((s.category() == Category.UID_CONSISTENT || s.category() == Category.PATID_CONSISTENT
                    || s.category() == Category.DATE_OFFSET_CONSISTENT) && s.passed() < s.checks()) {
                out.add(new Finding("(folder)", Kind.COMPARISON, s.category().id, FindingType.LINKAGE, "", Severity.MEDIUM,
                        s.category().id + ": " + (s.checks() - s.passed()) + " of " + s.checks() + " inconsistent"));
            }
        }
        return out;
    }

    public int matched() {
        return matched;
    }

    public int unmatched() {
        return unmatched;
    }

    public String matchedBy() {
        return matchedBy.isEmpty() ? "none" : String.join(", ", new java.util.TreeSet<>(matchedBy));
    }

    private static String str(AttributeList list, AttributeTag tag) {
        return Attribute.getSingleStringValueOrEmptyString(list, tag).trim();
    }
}
