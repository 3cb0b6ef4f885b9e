package veil.deid.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The run's one secret, from a key file. Every use derives its own key (uid, date, patient, path, hash)
 * so that one output never reveals another. The key's bytes never leave this class: no toString, no getter.
 */
public final class SecretKey {

    private static final int KEY_BYTES = 32;
    private final byte[] master;

    private SecretKey(byte[] master) {
        this.master = master;
    }

    /** For tests and generated sample data only. */
    public static SecretKey of(byte[] bytes) {
        if (bytes.length < 16) throw new IllegalArgumentException("a key needs at least 16 bytes");
        return new SecretKey(bytes.clone());
    }

    /**
     * Outcome of {@link #loadOrCreate}: whether a new key was written, and whether the file can be read by its group
     * or by others (the CLI says both; neither stops a run, since moving the file is the operator's call).
     */
    public record Loaded(SecretKey key, boolean created, boolean readableByOthers) { }

    /**
     * Reads a key file (64 hex characters), or creates one with owner-only permissions when it does not exist.
     * Losing the key means losing the ability to add data consistently later; it is never printed.
     */
    public static Loaded loadOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
            if (!text.matches("[0-9a-fA-F]{32,128}")) {
                throw new IOException("key file " + file + " does not hold a hex key (32 to 128 hex digits)");
            }
            byte[] bytes = HexFormat.of().parseHex(text);
            if (isTrivial(bytes)) {
                throw new IOException("key file " + file + " holds a trivially weak key (every byte the same): anyone could"
                        + " recompute the pseudonyms and date shifts. Use a random key (delete the file and Veil creates one)");
            }
            return new Loaded(new SecretKey(bytes), false, readableByOthers(file));
        }
        byte[] bytes = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(bytes);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            return loadOrCreate(file);   // another process created it between our check and create
        }
        Files.writeString(file, HexFormat.of().formatHex(bytes) + "\n", StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
        return new Loaded(new SecretKey(bytes), true, readableByOthers(file));
    }

    /** All zeros, or any one byte repeated: a key that is guessed at the first try. */
    static boolean isTrivial(byte[] bytes) {
        for (byte b : bytes) if (b != bytes[0]) return false;
        return true;
    }

    private static boolean readableByOthers(Path file) throws IOException {
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            return p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.OTHERS_READ);
        } catch (UnsupportedOperationException e) {
            return false;   // not a POSIX file system: nothing to check
        }
    }

    /** A keyed hash for one purpose; distinct purposes give unrelated outputs for the same input. */
    public KeyedHash derive(String purpose) {
        return new KeyedHash(hmac(master, purpose.getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "SecretKey[redacted]";
    }
}
