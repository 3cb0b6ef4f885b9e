package veil.deid.engine;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeFactory;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.ClinicalTrialsAttributes;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.SequenceItem;
import com.pixelmed.dicom.TagFromName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import veil.deid.dates.Ages;
import veil.deid.dates.DateShifter;
import veil.deid.keys.KeyedHash;
import veil.deid.text.TextCleaner;
import veil.deid.uid.UidMapper;
import veil.rules.Action;
import veil.rules.DeidOption;
import veil.rules.IodTypes;
import veil.rules.RuleSet;
import veil.rules.SpecificCharacterSets;
import veil.rules.StandardDictionary;
import veil.rules.ValueGrammar;

/**
 * Applies a {@link RuleSet} to a header, at every sequence depth, with the same rules. Thread-safe: all
 * per-instance state lives in the {@link InstanceContext}.
 */
public final class HeaderDeidentifier {

    private static final int SPECIFIC_CHARACTER_SET = tagInt(TagFromName.SpecificCharacterSet);
    /** Kept attributes no dummy can stand in for: the writer or the reader of the output needs the real value. */
    private static final java.util.Set<Integer> MUST_BE_VALID = java.util.Set.of(tagInt(TagFromName.SOPClassUID),
            tagInt(TagFromName.SOPInstanceUID), tagInt(TagFromName.StudyInstanceUID), tagInt(TagFromName.SeriesInstanceUID),
            tagInt(TagFromName.TransferSyntaxUID));
    /** What the pixel data is decoded with: in an image, a dummy would misdescribe the pixels. */
    private static final java.util.Set<Integer> PIXEL_DESCRIPTION = java.util.Set.of(tagInt(TagFromName.Rows),
            tagInt(TagFromName.Columns), tagInt(TagFromName.SamplesPerPixel), tagInt(TagFromName.BitsAllocated),
            tagInt(TagFromName.BitsStored), tagInt(TagFromName.HighBit), tagInt(TagFromName.PixelRepresentation),
            tagInt(TagFromName.PlanarConfiguration), tagInt(TagFromName.NumberOfFrames),
            tagInt(TagFromName.PhotometricInterpretation));

    private final RuleSet rules;
    private final UidMapper uids;
    private final KeyedHash valueHash;
    private final TextCleaner textCleaner;

    public HeaderDeidentifier(RuleSet rules, UidMapper uids, KeyedHash valueHash, TextCleaner textCleaner) {
        this.rules = rules;
        this.uids = uids;
        this.valueHash = valueHash;
        this.textCleaner = textCleaner;
    }

    /** De-identifies {@code list} in place (file meta information and group lengths are dropped; the writer adds new ones). */
    public void apply(AttributeList list, InstanceContext ctx) throws DicomException {
        Attribute ts = list.get(TagFromName.TransferSyntaxUID);
        if (ts != null && !allValid("UI", ts.getStringValues())) {
            throw new InvalidInstanceException("Transfer Syntax UID is not a valid UID: the instance cannot be written correctly");
        }
        list.removeMetaInformationHeaderAttributes();
        walk(list, ctx, false);
        if (ctx.charsetDropped && holdsNonAscii(list)) {
            throw new InvalidInstanceException("Specific Character Set is not a defined term and the header holds"
                    + " non-ASCII text: it cannot be written decodably");
        }
    }

    /** @param cleanText inside cleaned content: free text that no rule names is cleaned rather than kept */
    private void walk(AttributeList list, InstanceContext ctx, boolean cleanText) throws DicomException {
        List<AttributeTag> creators = new ArrayList<>();
        for (AttributeTag tag : new ArrayList<>(list.keySet())) {
            Attribute attr = list.get(tag);
            if (tag.isGroupLength()) {
                list.remove(tag);
            } else if (tag.isPrivateCreator()) {
                creators.add(tag);
            } else if (tag.getGroup() == 0x7FE0 && tag.getElement() == 0x0010) {
                continue;   // pixel data: the pixel cleaner's business, not the header rules'
            } else {
                Action action = tag.isPrivate() ? privateAction(list, tag, ctx) : standardAction(tag, ctx, cleanText, attr);
                execute(list, attr, action, ctx, cleanText);
            }
        }
        // A private creator is kept only while some element of its block survives.
        for (AttributeTag c : creators) {
            int block = c.getElement() << 8;
            boolean used = list.keySet().stream().anyMatch(t -> t.getGroup() == c.getGroup()
                    && t.getElement() >= block && t.getElement() <= (block | 0xFF));
            if (!used) list.remove(c);
            else ctx.count("keep");
        }
    }

    private Action standardAction(AttributeTag tag, InstanceContext ctx, boolean cleanText, Attribute attr) {
        int t = tagInt(tag);
        if (!StandardDictionary.get().defines(t)) {
            // Not in the dictionary and not private (a corrupted tag, a made-up one): nothing says what it holds,
            // so it gets the strictest treatment unless the profile names this very tag.
            Optional<RuleSet.Decision> named = rules.forUndefined(t, ctx.original());
            if (named.isEmpty()) {
                ctx.warn(describe(tag) + ": not in the DICOM dictionary; removed");
                return Action.REMOVE;
            }
            Action a = named.get().action();
            return a instanceof Action.Choice c ? c.resolve(0) : a;
        }
        Action unnamed = cleanText && ValueLimits.isText(attr.getVRAsString()) && !"CS".equals(attr.getVRAsString())
                && !"AE".equals(attr.getVRAsString()) ? Action.CLEAN : Action.KEEP;
        Action a = rules.forStandard(t, ctx.original()).map(RuleSet.Decision::action).orElse(unnamed);
        return a instanceof Action.Choice c ? c.resolve(IodTypes.get().typeOf(t, ctx.sopClassUid())) : a;
    }

    private Action privateAction(AttributeList list, AttributeTag tag, InstanceContext ctx) {
        String creator = list.getPrivateCreatorString(tag);
        Action a = rules.forPrivate(creator, tagInt(tag), ctx.original()).map(RuleSet.Decision::action).orElse(null);
        if (a == null) {
            boolean safe = rules.has(DeidOption.RETAIN_SAFE_PRIVATE) && creator != null && !creator.isBlank()
                    && ClinicalTrialsAttributes.isSafePrivateAttribute(creator, tag);
            a = safe ? Action.KEEP : Action.REMOVE;
        }
        return a instanceof Action.Choice c ? c.resolve(0) : a;
    }

    private void execute(AttributeList list, Attribute attr, Action action, InstanceContext ctx, boolean cleanText)
            throws DicomException {
        AttributeTag tag = attr.getTag();
        String vr = attr.getVRAsString();
        if ("UN".equals(vr) && !tag.isPrivate()) {
            attr = retype(list, attr, action, ctx);
            if (attr == null) return;
            vr = attr.getVRAsString();
        }
        ctx.count(action.name());
        if (action instanceof Action.Remove) {
            list.remove(tag);
        } else if (attr instanceof SequenceAttribute sq) {
            sequence(list, sq, action, ctx, cleanText);
        } else if (action instanceof Action.Keep) {
            checkKept(list, attr, vr, ctx);   // kept as is, if it is a valid value of its VR
        } else if (action instanceof Action.Empty) {
            attr.removeValues();
        } else if (action instanceof Action.Dummy) {
            dummy(attr, vr);
        } else if (action instanceof Action.Replace r) {
            set(attr, r.value());
        } else if (action instanceof Action.NewUid) {
            newUid(list, attr, vr, ctx);
        } else if (action instanceof Action.Pseudonym) {
            textual(list, attr, vr, ctx, ctx.pseudonym());
        } else if (action instanceof Action.Hash) {
            hash(list, attr, vr, ctx);
        } else if (action instanceof Action.ShiftDate || action instanceof Action.Clean) {
            clean(list, attr, vr, action, ctx);
        } else {
            throw new IllegalStateException("unresolved action " + action.name() + " for " + describe(tag));
        }
    }

    /**
     * A kept value must be valid for its VR: a name typed into an IS, a CS or a UID is still a name. One that is not
     * is removed, or replaced with a dummy when the attribute is Type 1; never kept. Where no value can stand in
     * (the SOP Class UID, retained instance UIDs, what the pixel data is decoded with) the instance is refused.
     */
    private void checkKept(AttributeList list, Attribute attr, String vr, InstanceContext ctx) throws DicomException {
        AttributeTag tag = attr.getTag();
        int t = tagInt(tag);
        String dictVr = StandardDictionary.get().byTag(t).map(StandardDictionary.Entry::vr).orElse("");
        if (!dictVr.isEmpty() && !dictVr.contains(vr) && !"UN".equals(vr)) {
            // A PN where the dictionary says SQ is a corrupted tag (or a misused one): its value is not what the rules
            // that keep this attribute were written for.
            refuseOrDrop(list, attr, vr, ctx, "VR " + vr + " where the dictionary says " + dictVr);
            return;
        }
        if (ValueGrammar.isStringVr(vr)) {
            String[] values = attr.getStringValues();
            if (t == SPECIFIC_CHARACTER_SET) {
                if (SpecificCharacterSets.allDefined(values) && allValid(vr, values)) return;
                // Keeping it would keep what it holds; the default repertoire is right if the text is ASCII (checked at the end).
                ctx.warn(describe(tag) + ": not a defined term; removed");
                ctx.charsetDropped = true;
                list.remove(tag);
                return;
            }
            if (allValid(vr, values)) return;
        } else if (ValueGrammar.fitsBinaryLength(vr, attr.getVL())) {
            return;
        }
        if (MUST_BE_VALID.contains(t)) {
            throw new InvalidInstanceException(describe(tag) + " is not a valid " + vr + " value: the instance cannot be written correctly");
        }
        if (PIXEL_DESCRIPTION.contains(t) && isImage(list)) {
            throw new InvalidInstanceException(describe(tag) + " is not a valid " + vr + " value and the pixel data depends on it");
        }
        if (IodTypes.get().typeOf(t, ctx.sopClassUid()) == 1) {
            ctx.warn(describe(tag) + ": value not valid for VR " + vr + "; replaced with a dummy");
            ctx.count("dummy");
            dummy(attr, vr);
        } else {
            ctx.warn(describe(tag) + ": value not valid for VR " + vr + "; removed");
            ctx.count("remove");
            list.remove(tag);
        }
    }

    /** A kept attribute whose encoding contradicts the dictionary: removed, or the instance refused where it must be right. */
    private void refuseOrDrop(AttributeList list, Attribute attr, String vr, InstanceContext ctx, String why)
            throws InvalidInstanceException {
        AttributeTag tag = attr.getTag();
        int t = tagInt(tag);
        if (MUST_BE_VALID.contains(t) || PIXEL_DESCRIPTION.contains(t) && isImage(list)) {
            throw new InvalidInstanceException(describe(tag) + " has " + why + ": the instance cannot be written correctly");
        }
        ctx.warn(describe(tag) + ": " + why + "; removed");
        ctx.count("remove");
        list.remove(tag);
    }

    private static boolean isImage(AttributeList list) {
        return list.get(TagFromName.PixelData) != null || list.get(TagFromName.Rows) != null;
    }

    private static boolean allValid(String vr, String[] values) {
        if (values == null) return true;
        for (String v : values) if (!ValueGrammar.isValid(vr, v)) return false;
        return true;
    }

    /** Whether any string value left in the header, at any depth, has a character outside ASCII. */
    private static boolean holdsNonAscii(AttributeList list) throws DicomException {
        for (Attribute a : list.values()) {
            if (a instanceof SequenceAttribute sq) {
                for (int i = 0; i < sq.getNumberOfItems(); i++) if (holdsNonAscii(sq.getItem(i).getAttributeList())) return true;
            } else if (ValueGrammar.isStringVr(a.getVRAsString())) {
                String[] values = a.getStringValues();
                if (values != null) for (String v : values) if (v != null && v.chars().anyMatch(c -> c > 0x7E)) return true;
            }
        }
        return false;
    }

    private void sequence(AttributeList list, SequenceAttribute sq, Action action, InstanceContext ctx, boolean cleanText)
            throws DicomException {
        if (action instanceof Action.Keep || action instanceof Action.NewUid) {
            // K keeps the items and processes them with the same rules; U* on a sequence remaps the UIDs inside.
            for (int i = 0; i < sq.getNumberOfItems(); i++) walk(sq.getItem(i).getAttributeList(), ctx, cleanText);
        } else if (action instanceof Action.Clean) {
            // C on a sequence (structured content, acquisition context): items kept, and inside them every free-text
            // value the table does not name (an SR's TextValue, a PNAME) goes through the text cleaner too.
            for (int i = 0; i < sq.getNumberOfItems(); i++) walk(sq.getItem(i).getAttributeList(), ctx, true);
        } else {
            // D on a sequence would need invented content items; an empty sequence is the safe dummy.
            if (!(action instanceof Action.Empty || action instanceof Action.Dummy)) {
                ctx.warn(describe(sq.getTag()) + ": action " + action.name() + " does not apply to a sequence; emptied");
            }
            list.put(new SequenceAttribute(sq.getTag()));
        }
    }

    private void dummy(Attribute attr, String vr) throws DicomException {
        String v = DummyValues.forVr(vr);
        if ("UI".equals(vr)) {
            String[] old = attr.getStringValues();
            set(attr, old == null || old.length == 0 ? "" : uids.map(old[0]));
        } else if (v != null) {
            set(attr, v);
        } else {
            attr.removeValues();   // binary and numeric VRs: no value is the only dummy that cannot identify
        }
    }

    private void newUid(AttributeList list, Attribute attr, String vr, InstanceContext ctx) throws DicomException {
        if (!"UI".equals(vr)) {
            ctx.warn(describe(attr.getTag()) + ": U on VR " + vr + "; removed");
            list.remove(attr.getTag());
            return;
        }
        String[] values = attr.getStringValues();
        attr.removeValues();
        if (values != null) for (String v : values) attr.addValue(uids.map(v));
    }

    private void hash(AttributeList list, Attribute attr, String vr, InstanceContext ctx) throws DicomException {
        if ("UI".equals(vr)) {
            newUid(list, attr, vr, ctx);
            return;
        }
        String original = attr.getDelimitedStringValuesOrEmptyString();
        if (original.isBlank()) return;
        textual(list, attr, vr, ctx, valueHash.base32(original, Math.min(16, Math.max(8, ValueLimits.max(vr)))));
    }

    /** Puts a generated token into a string VR; anything else cannot hold it and is removed. */
    private void textual(AttributeList list, Attribute attr, String vr, InstanceContext ctx, String value) throws DicomException {
        if (!ValueLimits.isText(vr)) {
            ctx.warn(describe(attr.getTag()) + ": cannot hold a pseudonym in VR " + vr + "; removed");
            list.remove(attr.getTag());
            return;
        }
        set(attr, value.length() > ValueLimits.max(vr) ? value.substring(0, ValueLimits.max(vr)) : value);
    }

    private void clean(AttributeList list, Attribute attr, String vr, Action action, InstanceContext ctx) throws DicomException {
        String[] values = attr.getStringValues();
        if (values == null || values.length == 0) return;
        List<String> out = new ArrayList<>(values.length);
        for (String v : values) {
            String c = switch (vr) {
                case "DA" -> DateShifter.shiftDate(v, ctx.shiftDays());
                case "DT" -> DateShifter.shiftDateTime(v, ctx.shiftDays());
                case "TM" -> v;   // whole-day shifts leave the time of day as it was
                case "AS" -> Ages.cap(v);
                case "UI" -> uids.map(v);
                default -> action instanceof Action.Clean && ValueLimits.isText(vr) ? ctx.known().scrub(textCleaner.clean(v)) : null;
            };
            if (c == null) {
                // Not a value we can clean safely (a malformed date, a number under "shift"): fail closed.
                ctx.warn(describe(attr.getTag()) + ": value could not be " + (action instanceof Action.Clean ? "cleaned" : "shifted") + "; removed");
                list.remove(attr.getTag());
                return;
            }
            out.add(c);
        }
        attr.removeValues();
        for (String c : out) attr.addValue(c);
    }

    /**
     * A standard attribute read with VR UN (implicit or unknown encoding): rebuild it with the dictionary VR so string
     * actions apply. UN bytes that would be a sequence cannot be processed item by item, so they are removed.
     */
    private Attribute retype(AttributeList list, Attribute attr, Action action, InstanceContext ctx) throws DicomException {
        AttributeTag tag = attr.getTag();
        String dictVr = StandardDictionary.get().byTag(tagInt(tag)).map(StandardDictionary.Entry::vr).orElse("");
        if (action instanceof Action.Remove) return attr;
        if (dictVr.startsWith("SQ")) {
            ctx.warn(describe(tag) + ": sequence encoded as UN cannot be processed; removed");
            ctx.count("remove");
            list.remove(tag);
            return null;
        }
        // Kept binary values stay as read; kept strings are retyped so that their grammar can be checked.
        if (action instanceof Action.Keep && !ValueGrammar.isStringVr(dictVr)) return attr;
        Attribute typed = AttributeFactory.newAttribute(tag);
        if ("UN".equals(typed.getVRAsString())) {
            ctx.warn(describe(tag) + ": unknown VR; removed");
            ctx.count("remove");
            list.remove(tag);
            return null;
        }
        byte[] bytes = attr.getByteValues();
        if (ValueGrammar.isStringVr(typed.getVRAsString())) {
            String text = bytes == null ? "" : new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).replace("\0", "").trim();
            for (String v : text.split("\\\\")) if (!v.isEmpty()) typed.addValue(v.trim());
        }
        list.put(typed);
        return typed;
    }

    private static void set(Attribute attr, String value) throws DicomException {
        attr.removeValues();
        attr.addValue(value);
    }

    static int tagInt(AttributeTag tag) {
        return (tag.getGroup() << 16) | tag.getElement();
    }

    static String describe(AttributeTag tag) {
        return StandardDictionary.get().describe(tagInt(tag));
    }
}
