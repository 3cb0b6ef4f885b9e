package veil.qa.export;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Pattern;

/**
 * MIMIC-CXR-JPG's names for an image, taken from the de-identified header:
 * <ul>
 *   <li>{@code subject_id}: Patient ID, when it is 1-64 letters, digits, '-' or '_' (Veil's pseudonyms are);</li>
 *   <li>{@code study_id}: Study ID when it is such a token, else a number derived from Study Instance UID
 *       (the first 63 bits of its SHA-256, in decimal): stable across runs, and Study ID is empty in
 *       PS3.15's basic profile;</li>
 *   <li>{@code dicom_id}: SOP Instance UID.</li>
 * </ul>
 * The path is {@code p<first 2 characters of subject>/p<subject>/s<study>/<dicom_id>.jpg}.
 */
public record MimicLayout(String subjectId, String studyId, String dicomId) {
    static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    static final Pattern UID = Pattern.compile("[0-9]+(\\.[0-9]+)*");

    /** Thrown when the header lacks an identifier the layout needs; the message names the attribute, not its value. */
    public static final class MissingId extends Exception {
        MissingId(String m) { super(m); }
    }

    public static MimicLayout of(AttributeList list) throws MissingId {
        String patient = str(list, TagFromName.PatientID);
        if (patient == null) throw new MissingId("no Patient ID");
        if (!TOKEN.matcher(patient).matches()) throw new MissingId("Patient ID is not a plain token (letters, digits, '-', '_')");
        String sop = str(list, TagFromName.SOPInstanceUID);
        if (sop == null || !UID.matcher(sop).matches() || sop.length() > 64) throw new MissingId("no valid SOP Instance UID");
        String studyId = str(list, TagFromName.StudyID);
        String study;
        if (studyId != null && TOKEN.matcher(studyId).matches()) study = studyId;
        else {
            String uid = str(list, TagFromName.StudyInstanceUID);
            if (uid == null) throw new MissingId("no Study ID and no Study Instance UID");
            study = derivedStudyId(uid);
        }
        return new MimicLayout(patient, study, sop);
    }

    /** The first 63 bits of SHA-256(uid) as a decimal number. */
    public static String derivedStudyId(String studyInstanceUid) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(studyInstanceUid.getBytes(StandardCharsets.US_ASCII));
            long v = 0;
            for (int i = 0; i < 8; i++) v = (v << 8) | (h[i] & 0xFF);
            return Long.toString(v & Long.MAX_VALUE);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String prefix() { return subjectId.length() >= 2 ? subjectId.substring(0, 2) : subjectId; }

    /** Relative path of the JPEG, with '/' separators. */
    public String relativePath() {
        return "p" + prefix() + "/p" + subjectId + "/s" + studyId + "/" + dicomId + ".jpg";
    }

    static String str(AttributeList list, AttributeTag tag) {
        String s = Attribute.getSingleStringValueOrEmptyString(list, tag);
        s = s == null ? "" : s.strip();
        return s.isEmpty() ? null : s;
    }

    /** Code Meaning of the first item of a code sequence, or "". */
    static String codeMeaning(AttributeList list, AttributeTag sequence) {
        Attribute a = list.get(sequence);
        if (!(a instanceof SequenceAttribute s) || s.getNumberOfItems() == 0) return "";
        String m = Attribute.getSingleStringValueOrEmptyString(s.getItem(0).getAttributeList(), TagFromName.CodeMeaning);
        return m == null ? "" : m.strip();
    }
}
