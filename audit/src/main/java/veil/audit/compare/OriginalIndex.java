package veil.audit.compare;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.TagFromName;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import veil.deid.io.InstanceReader;
import veil.deid.uid.UidMapper;

/**
 * Finds a de-identified file's original: by the new SOP Instance UID the key gives the original's (exact, whatever
 * happened to the pixels), else by an identical stored Pixel Data hash when only one original has it (pixels passed
 * through), else by an unchanged SOP Instance UID. Not thread-safe.
 */
public final class OriginalIndex {

    public record Match(Path original, String how) { }

    private final Map<String, Path> byMappedUid = new HashMap<>();
    private final Map<String, Path> byPixels = new HashMap<>();
    private final Map<String, Path> byUid = new HashMap<>();
    /** Pixel hashes shared by several originals (blank or synthetic frames): they match nothing. */
    private final Set<String> ambiguousPixels = new HashSet<>();

    /**
     * Indexes every DICOM file under {@code originals}.
     *
     * @param keyFile the key the de-identification used, or null
     */
    public static OriginalIndex build(Path originals, Path keyFile) throws java.io.IOException, veil.deid.text.io.InputException {
        if (!java.nio.file.Files.isDirectory(originals)) throw new veil.deid.text.io.InputException("--original is not a folder: " + originals);
        UidMapper key = null;
        if (keyFile != null) {
            if (!java.nio.file.Files.isRegularFile(keyFile)) throw new veil.deid.text.io.InputException("--key: no such key file: " + keyFile);
            key = new UidMapper(veil.deid.keys.SecretKey.loadOrCreate(keyFile).key().derive("uid"));
        }
        OriginalIndex index = new OriginalIndex();
        try (java.util.stream.Stream<Path> s = java.nio.file.Files.walk(originals)) {
            for (Path p : s.filter(java.nio.file.Files::isRegularFile).sorted().toList()) {
                if (veil.deid.io.DicomSniffer.looksLikeDicom(p)) index.add(p, key);
            }
        }
        return index;
    }

    /** @param key the de-identification's UID mapper, or null when the key was not given */
    public void add(Path original, UidMapper key) {
        try {
            InstanceReader.Header h = InstanceReader.readHeader(original);
            String uid = Attribute.getSingleStringValueOrEmptyString(h.list(), TagFromName.SOPInstanceUID).trim();
            if (!uid.isEmpty()) {
                byUid.put(uid, original);
                if (key != null) byMappedUid.put(key.map(uid), original);
            }
            String px = PixelFingerprint.of(original, h);
            if (px != null && byPixels.putIfAbsent(px, original) != null) ambiguousPixels.add(px);
        } catch (Exception e) {
            // an unreadable original matches nothing; its de-identified file is counted as unmatched
        }
    }

    /** @return the original of {@code deidentified}, or null */
    public Match find(Path deidentified) {
        try {
            InstanceReader.Header h = InstanceReader.readHeader(deidentified);
            String uid = Attribute.getSingleStringValueOrEmptyString(h.list(), TagFromName.SOPInstanceUID).trim();
            Path p = byMappedUid.get(uid);
            if (p != null) return new Match(p, "key");
            String px = PixelFingerprint.of(deidentified, h);
            p = px == null || ambiguousPixels.contains(px) ? null : byPixels.get(px);
            if (p != null) return new Match(p, "pixel hash");
            p = byUid.get(uid);
            return p == null ? null : new Match(p, "unchanged SOP Instance UID");
        } catch (Exception e) {
            return null;
        }
    }
}
