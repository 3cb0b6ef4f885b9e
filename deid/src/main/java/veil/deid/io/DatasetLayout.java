package veil.deid.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import veil.rules.ValueGrammar;

/**
 * Walks a file's element headers (tags, VRs and lengths, never values) before PixelMed parses it, and checks that
 * they describe the whole file: every declared length fits in what is left, undefined lengths only where the
 * standard allows them, and the last element ends where the file ends. PixelMed stops silently at a length it
 * cannot satisfy and allocates a declared length up front; this walk refuses both cases first, with a reason.
 * It also finds the top-level Pixel Data element, so the header can be read up to it and the pixels copied through.
 */
final class DatasetLayout {

    private static final long UNDEFINED = 0xFFFFFFFFL;
    private static final int MAX_DEPTH = 32;
    private static final Set<String> LONG_VRS = Set.of("OB", "OD", "OF", "OL", "OV", "OW", "SQ", "UC", "UN", "UR", "UT", "SV", "UV");
    private static final int PIXEL_DATA = 0x7FE00010;
    private static final int ITEM = 0xFFFEE000;
    private static final int ITEM_END = 0xFFFEE00D;
    private static final int SEQUENCE_END = 0xFFFEE0DD;

    /**
     * @param transferSyntaxUid from the meta information, or guessed as PixelMed does when there is none
     * @param topLevelTags      distinct top-level tags (meta information included), to check PixelMed read them all
     * @param tagsBeforePixels  of those, how many come before the top-level Pixel Data
     * @param pixelDataStart    offset of the top-level Pixel Data element's tag, or -1
     * @param pixelDataEnd      offset just past it, or -1
     * @param pixelValueLength  its declared value length, or -1 when encapsulated (undefined length) or absent
     */
    record Layout(String transferSyntaxUid, int topLevelTags, int tagsBeforePixels, long pixelDataStart, long pixelDataEnd,
                  long pixelValueLength) {
    }

    private final FileChannel ch;
    private final long size;
    private ByteOrder order = ByteOrder.LITTLE_ENDIAN;
    private boolean explicit = true;
    private final Set<Integer> topLevel = new HashSet<>();
    private int beforePixels = -1;
    private long pixelStart = -1, pixelEnd = -1, pixelLength = -1;
    private static final int WINDOW = 64 * 1024;
    private byte[] window = new byte[WINDOW];
    private long windowStart;
    private int windowLength;

    private DatasetLayout(FileChannel ch, long size) {
        this.ch = ch;
        this.size = size;
    }

    /** @throws DamagedFileException when the structure does not fit the file (or is not DICOM at all) */
    static Layout scan(Path file) throws IOException, DamagedFileException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return new DatasetLayout(ch, ch.size()).scan();
        }
    }

    private Layout scan() throws IOException, DamagedFileException {
        long pos = 0;
        ByteBuffer pre = read(128, 4);
        if (pre != null && pre.get(0) == 'D' && pre.get(1) == 'I' && pre.get(2) == 'C' && pre.get(3) == 'M') pos = 132;
        // File meta information: group 0002, explicit VR little endian (a few old writers used implicit VR).
        String ts = null;
        while (pos + 8 <= size) {
            ByteBuffer h = read(pos, 8);
            if ((h.getShort(0) & 0xFFFF) != 0x0002) break;
            explicit = isVr(h.get(4), h.get(5));
            Element e = header(pos);
            if (e.length == UNDEFINED) throw damaged("undefined length in the file meta information");
            fits(e, size);
            if (e.tag == 0x00020010) ts = text(e.valueStart, (int) Math.min(e.length, 128));
            topLevel.add(e.tag);
            pos = e.valueStart + e.length;
        }
        if (ts != null && !ValueGrammar.isValid("UI", ts)) throw damaged("Transfer Syntax UID is not a valid UID");
        if (ts == null || ts.isEmpty()) ts = guess(pos);
        if (ts.startsWith("1.2.840.10008.1.2.1.99") || ts.equals("1.2.840.10008.1.2.4.95")) {
            // Deflated: the dataset is a deflate stream, not element headers; PixelMed reads it whole. It stops
            // quietly where a cut stream ends, so check here that the stream itself is whole.
            checkDeflateStream(pos);
            return new Layout(ts, -1, -1, -1, -1, -1);
        }
        explicit = !ts.equals("1.2.840.10008.1.2");
        order = ts.equals("1.2.840.10008.1.2.2") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        pos = elements(pos, size, 0, true);
        if (pos != size) throw damaged((size - pos) + " byte(s) after the last element that are not an element");
        if (beforePixels < 0) beforePixels = topLevel.size();
        return new Layout(ts, topLevel.size(), beforePixels, pixelStart, pixelEnd, pixelLength);
    }

    private void checkDeflateStream(long pos) throws IOException, DamagedFileException {
        java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);   // PS3.5 A.5: raw deflate, no zlib header
        try (java.io.InputStream in = java.nio.channels.Channels.newInputStream(ch.position(pos))) {
            byte[] input = new byte[65536];
            byte[] output = new byte[65536];
            int n;
            while (!inflater.finished()) {
                if (inflater.needsInput()) {
                    if ((n = in.read(input)) < 0) break;
                    inflater.setInput(input, 0, n);
                }
                try {
                    if (inflater.inflate(output) == 0 && inflater.needsDictionary()) break;
                } catch (java.util.zip.DataFormatException e) {
                    throw damaged("the deflated dataset is corrupt");
                }
            }
            if (!inflater.finished()) throw damaged("file ends inside the deflated dataset");
        } finally {
            inflater.end();
        }
    }

    /** Elements from {@code pos} until {@code end} or a delimiter; returns the offset after the last one read. */
    private long elements(long pos, long end, int depth, boolean top) throws IOException, DamagedFileException {
        if (depth > MAX_DEPTH) throw damaged("sequences nested deeper than " + MAX_DEPTH);
        while (pos < end) {
            if (end - pos < 8) throw damaged("file ends inside an element header (" + (end - pos) + " byte(s) after the last whole element)");
            Element e = header(pos);
            if (e.tag == ITEM_END || e.tag == SEQUENCE_END) {
                if (top) throw damaged("delimiter " + tag(e.tag) + " outside a sequence");
                return pos;   // the caller consumes it
            }
            if (top) {
                topLevel.add(e.tag);
                if (e.tag == PIXEL_DATA && pixelStart < 0) {
                    beforePixels = topLevel.size() - 1;
                    pixelStart = pos;
                }
            }
            long next;
            if (e.length == UNDEFINED) {
                if (e.tag == PIXEL_DATA && ("OB".equals(e.vr) || "OW".equals(e.vr) || e.vr == null)) {
                    next = fragments(e.valueStart, end);
                } else if ("SQ".equals(e.vr) || "UN".equals(e.vr) || e.vr == null) {
                    // UN of undefined length is a sequence in implicit VR little endian (PS3.5 6.2.2)
                    boolean wasExplicit = explicit;
                    ByteOrder wasOrder = order;
                    if ("UN".equals(e.vr)) {
                        explicit = false;
                        order = ByteOrder.LITTLE_ENDIAN;
                    }
                    next = items(e.valueStart, end, depth + 1, true);
                    explicit = wasExplicit;
                    order = wasOrder;
                } else {
                    throw damaged("undefined length on " + tag(e.tag) + " (VR " + e.vr + ")");
                }
            } else {
                fits(e, end);
                next = e.valueStart + e.length;
                if ("SQ".equals(e.vr)) items(e.valueStart, next, depth + 1, false);
            }
            if (top && e.tag == PIXEL_DATA && pixelEnd < 0) {
                pixelEnd = next;
                pixelLength = e.length == UNDEFINED ? -1 : e.length;
            }
            pos = next;
        }
        return pos;
    }

    /** Items of a sequence; returns the offset after the sequence (its delimiter included when undefined). */
    private long items(long pos, long end, int depth, boolean undefinedLength) throws IOException, DamagedFileException {
        while (pos < end) {
            if (end - pos < 8) throw damaged("file ends inside a sequence");
            ByteBuffer h = read(pos, 8);
            int t = tagAt(h);
            long len = Integer.toUnsignedLong(h.getInt(4));
            if (t == SEQUENCE_END) return pos + 8;
            if (t != ITEM) throw damaged("a sequence holds " + tag(t) + " where an item belongs");
            pos += 8;
            if (len == UNDEFINED) {
                pos = elements(pos, end, depth, false);
                if (end - pos < 8) throw damaged("file ends inside a sequence item");
                int d = tagAt(read(pos, 8));
                if (d != ITEM_END) throw damaged("a sequence item ends without its delimiter");
                pos += 8;
            } else {
                if (len > end - pos) throw damaged("a sequence item declares " + len + " bytes, only " + (end - pos) + " left");
                long itemEnd = pos + len;
                long stop = elements(pos, itemEnd, depth, false);
                if (stop != itemEnd) pos = stop + 8;   // a delimiter inside a defined-length item: tolerated, as readers do
                else pos = itemEnd;
            }
        }
        // A sequence of undefined length ends with its delimiter; reaching the end first means the file was cut.
        if (undefinedLength) throw damaged("file ends inside a sequence (no sequence delimiter)");
        return pos;
    }

    /** Fragments of encapsulated pixel data, up to the sequence delimiter; returns the offset after it. */
    private long fragments(long pos, long end) throws IOException, DamagedFileException {
        while (true) {
            if (end - pos < 8) throw damaged("file ends inside encapsulated Pixel Data");
            ByteBuffer h = read(pos, 8);
            int t = tagAt(h);
            long len = Integer.toUnsignedLong(h.getInt(4));
            pos += 8;
            if (t == SEQUENCE_END) return pos;
            if (t != ITEM) throw damaged("encapsulated Pixel Data holds " + tag(t) + " where a fragment belongs");
            if (len > end - pos) throw damaged("file ends inside encapsulated Pixel Data (a fragment declares " + len
                    + " bytes, " + (end - pos) + " left)");
            pos += len;
        }
    }

    private record Element(int tag, String vr, long length, long valueStart) { }

    private Element header(long pos) throws IOException, DamagedFileException {
        ByteBuffer h = read(pos, 8);
        if (h == null) throw damaged("file ends inside an element header");
        int t = tagAt(h);
        if ((t >>> 16) == 0xFFFE || !explicit) {
            return new Element(t, null, Integer.toUnsignedLong(h.getInt(4)), pos + 8);
        }
        if (!isVr(h.get(4), h.get(5))) throw damaged("element " + tag(t) + " has no valid VR");
        String vr = new String(new byte[] {h.get(4), h.get(5)}, StandardCharsets.US_ASCII);
        if (LONG_VRS.contains(vr)) {
            // PS3.5 7.1.2: two reserved bytes, 0000H. PixelMed reads other values into the length it allocates.
            if (h.getShort(6) != 0) throw damaged("element " + tag(t) + " has non-zero reserved bytes after its VR");
            ByteBuffer l = read(pos + 8, 4);
            if (l == null) throw damaged("file ends inside an element header");
            return new Element(t, vr, Integer.toUnsignedLong(l.getInt(0)), pos + 12);
        }
        return new Element(t, vr, h.getShort(6) & 0xFFFF, pos + 8);
    }

    private void fits(Element e, long end) throws DamagedFileException {
        long left = end - e.valueStart;
        if (e.length > left) {
            String where = e.tag == PIXEL_DATA ? "file ends inside Pixel Data" : "element " + tag(e.tag) + " runs past its end";
            throw damaged(where + " (declares " + e.length + " bytes, " + Math.max(0, left) + " left)");
        }
    }

    /** No meta information: explicit VR if a VR follows the first tag; big endian if the group reads swapped. */
    private String guess(long pos) throws IOException {
        ByteBuffer h = read(pos, 8);
        if (h == null) return "1.2.840.10008.1.2.1";
        boolean vr = isVr(h.get(4), h.get(5));
        int le = (h.get(0) & 0xFF) | (h.get(1) & 0xFF) << 8;
        if (vr && le > 0x00FF && (h.get(0) == 0)) return "1.2.840.10008.1.2.2";
        return vr ? "1.2.840.10008.1.2.1" : "1.2.840.10008.1.2";
    }

    private int tagAt(ByteBuffer h) {
        h.order(order);
        return (h.getShort(0) & 0xFFFF) << 16 | (h.getShort(2) & 0xFFFF);
    }

    private static boolean isVr(byte a, byte b) {
        return a >= 'A' && a <= 'Z' && b >= 'A' && b <= 'Z';
    }

    private String text(long pos, int n) throws IOException {
        ByteBuffer b = read(pos, n);
        return b == null ? "" : new String(b.array(), StandardCharsets.ISO_8859_1).replace("\0", "").trim();
    }

    /**
     * {@code n} bytes at {@code pos}, or null past the end. Served from a window of the file read in 64 KiB blocks: the
     * walk asks for a few bytes at a time (one pread each cost about 170 system calls per chest X-ray header).
     */
    private ByteBuffer read(long pos, int n) throws IOException {
        if (pos + n > size) return null;
        if ((pos < windowStart || pos + n > windowStart + windowLength) && !fill(pos, n)) return null;   // the file shrank
        ByteBuffer b = ByteBuffer.allocate(n);
        b.put(0, window, (int) (pos - windowStart), n);
        return b.order(order);
    }

    private boolean fill(long pos, int n) throws IOException {
        int want = (int) Math.min(Math.max(WINDOW, n), size - pos);
        if (window.length < want) window = new byte[want];
        ByteBuffer b = ByteBuffer.wrap(window, 0, want);
        while (b.hasRemaining()) {
            if (ch.read(b, pos + b.position()) < 0) break;
        }
        windowStart = pos;
        windowLength = b.position();
        return windowLength >= n;
    }

    private static String tag(int t) {
        return String.format(Locale.ROOT, "(%04X,%04X)", t >>> 16, t & 0xFFFF);
    }

    private static DamagedFileException damaged(String reason) {
        return new DamagedFileException(reason);
    }
}
