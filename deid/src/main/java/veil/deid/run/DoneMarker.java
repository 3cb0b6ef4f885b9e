package veil.deid.run;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * What the audit records of a finished output so a later run can tell it is whole: its size and the CRC-32C of its first
 * 64 KiB (the header Veil wrote). A truncated, empty or replaced file fails the check and is done again. The pixel
 * bytes after the header are copied from the input; the size and the fsync before rename vouch for them, and reading
 * every output back on resume would cost as much as the run.
 */
public record DoneMarker(long size, long headCrc) {

    static final int HEAD = 64 * 1024;

    public static DoneMarker of(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            ByteBuffer buf = ByteBuffer.allocate((int) Math.min(HEAD, size));
            while (buf.hasRemaining() && ch.read(buf, buf.position()) > 0) { /* read the head */ }
            buf.flip();
            CRC32C crc = new CRC32C();
            crc.update(buf);
            return new DoneMarker(size, crc.getValue());
        }
    }

    /** True when {@code file} is the output this marker describes. */
    public boolean matches(Path file) {
        try {
            return equals(of(file));
        } catch (IOException e) {
            return false;
        }
    }
}
