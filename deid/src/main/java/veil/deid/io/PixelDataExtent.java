package veil.deid.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Finds where the Pixel Data element that starts at a given offset ends, reading only element and item headers:
 * a defined length is one jump; encapsulated (undefined length) data is a walk over its fragment headers.
 */
final class PixelDataExtent {

    private static final int UNDEFINED = 0xFFFFFFFF;

    private PixelDataExtent() { }

    /** @return the offset just past the element, or -1 if the bytes there are not a Pixel Data element */
    static long endOf(Path file, long start, boolean explicitVr, boolean bigEndian) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteOrder order = bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
            ByteBuffer head = read(ch, start, 12, order);
            if (head == null) return -1;
            int group = head.getShort(0) & 0xFFFF;
            int element = head.getShort(2) & 0xFFFF;
            if (group != 0x7FE0 || element != 0x0010) return -1;
            long pos;
            int length;
            if (explicitVr) {
                length = head.getInt(8);   // OB/OW/UN: tag, VR, 2 reserved bytes, 4-byte length
                pos = start + 12;
            } else {
                length = head.getInt(4);
                pos = start + 8;
            }
            if (length != UNDEFINED) return pos + Integer.toUnsignedLong(length);
            while (true) {
                ByteBuffer item = read(ch, pos, 8, order);
                if (item == null) return -1;
                int ig = item.getShort(0) & 0xFFFF;
                int ie = item.getShort(2) & 0xFFFF;
                long len = Integer.toUnsignedLong(item.getInt(4));
                pos += 8;
                if (ig == 0xFFFE && ie == 0xE0DD) return pos;            // sequence delimitation item
                if (ig != 0xFFFE || ie != 0xE000) return -1;             // not a fragment: give up streaming
                pos += len;
            }
        }
    }

    private static ByteBuffer read(FileChannel ch, long pos, int n, ByteOrder order) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(n).order(order);
        while (b.hasRemaining()) {
            if (ch.read(b, pos + b.position()) < 0) return null;
        }
        return b.flip();
    }
}
