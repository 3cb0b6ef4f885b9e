package veil.ocr.detect;

import com.sun.jna.Pointer;
import java.awt.Rectangle;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.TessAPI;

/**
 * One low-level Tesseract handle, initialised once and reused for every image: the model load
 * (~70 ms) is paid per thread, not per image. Not thread-safe; one per worker thread.
 */
public final class TesseractEngine implements AutoCloseable {

    /** Sparse text: scattered labels on an image, not a page of prose. */
    private static final int PSM_SPARSE_TEXT = 11;
    /** One line of text: a marker read again on its own crop, where sparse-text layout analysis can drop a glyph. */
    private static final int PSM_SINGLE_LINE = 7;
    private static final String[] TESSDATA_DIRS = {
        "/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata", "/usr/share/tessdata"};

    // Interface mapping binds functions lazily; TessAPI1 binds all at once and fails on symbols bookworm lacks.
    private static final TessAPI API = TessAPI.INSTANCE;

    private ITessAPI.TessBaseAPI handle;

    static {
        Quiet.leptonica();
    }

    public TesseractEngine() {
        String dir = tessdataDir();
        handle = API.TessBaseAPICreate();
        if (API.TessBaseAPIInit3(handle, dir, "eng") != 0) {
            API.TessBaseAPIDelete(handle);
            handle = null;
            throw new IllegalStateException("Tesseract could not load the English model from " + dir);
        }
        API.TessBaseAPISetPageSegMode(handle, PSM_SPARSE_TEXT);
        // No dictionary bias: burned-in text is names, IDs and dates, not English words.
        API.TessBaseAPISetVariable(handle, "load_system_dawg", "0");
        API.TessBaseAPISetVariable(handle, "load_freq_dawg", "0");
        API.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
    }

    static String tessdataDir() {
        String env = System.getenv("TESSDATA_PREFIX");
        if (env != null && Files.exists(Path.of(env, "eng.traineddata"))) return env;
        for (String d : TESSDATA_DIRS) {
            if (Files.exists(Path.of(d, "eng.traineddata"))) return d;
        }
        throw new IllegalStateException("eng.traineddata not found: install tesseract-ocr-eng or set TESSDATA_PREFIX");
    }

    /**
     * Reads the words of an 8-bit image (dark text on light works best).
     * Boxes are in the given image's coordinates; blank-text words are skipped.
     */
    public List<Read> read(byte[] gray, int width, int height) {
        return readAs(gray, width, height, PSM_SPARSE_TEXT);
    }

    /** As {@link #read}, the image taken as one line of text (page segmentation mode 7). */
    public List<Read> readLine(byte[] gray, int width, int height) {
        if (handle == null) throw new IllegalStateException("engine closed");
        API.TessBaseAPISetPageSegMode(handle, PSM_SINGLE_LINE);
        try {
            return readAs(gray, width, height, PSM_SINGLE_LINE);
        } finally {
            API.TessBaseAPISetPageSegMode(handle, PSM_SPARSE_TEXT);
        }
    }

    private List<Read> readAs(byte[] gray, int width, int height, int psm) {
        if (handle == null) throw new IllegalStateException("engine closed");
        ByteBuffer buf = ByteBuffer.allocateDirect(gray.length);
        buf.put(gray).flip();
        API.TessBaseAPISetImage(handle, buf, width, height, 1, width);
        List<Read> out = new ArrayList<>();
        if (API.TessBaseAPIRecognize(handle, null) != 0) {
            API.TessBaseAPIClear(handle);
            throw new IllegalStateException("Tesseract recognition failed");
        }
        ITessAPI.TessResultIterator it = API.TessBaseAPIGetIterator(handle);
        if (it != null) {
            try {
                ITessAPI.TessPageIterator pi = API.TessResultIteratorGetPageIterator(it);
                IntBuffer l = IntBuffer.allocate(1), t = IntBuffer.allocate(1), r = IntBuffer.allocate(1), b = IntBuffer.allocate(1);
                int line = 0;
                do {
                    if (API.TessPageIteratorIsAtBeginningOf(pi, ITessAPI.TessPageIteratorLevel.RIL_TEXTLINE) != 0) line++;
                    Pointer p = API.TessResultIteratorGetUTF8Text(it, ITessAPI.TessPageIteratorLevel.RIL_WORD);
                    if (p == null) continue;
                    String text = p.getString(0, "UTF-8");
                    API.TessDeleteText(p);
                    if (text.isBlank()) continue;
                    float conf = API.TessResultIteratorConfidence(it, ITessAPI.TessPageIteratorLevel.RIL_WORD);
                    API.TessPageIteratorBoundingBox(pi, ITessAPI.TessPageIteratorLevel.RIL_WORD, l, t, r, b);
                    out.add(new Read(new Rectangle(l.get(0), t.get(0), r.get(0) - l.get(0), b.get(0) - t.get(0)),
                            text.strip(), conf, line));
                } while (API.TessResultIteratorNext(it, ITessAPI.TessPageIteratorLevel.RIL_WORD) == ITessAPI.TRUE);
            } finally {
                API.TessResultIteratorDelete(it);
            }
        }
        API.TessBaseAPIClear(handle);
        return out;
    }

    /** A word as read, in the coordinates of the image passed to {@link #read}. */
    public record Read(Rectangle box, String text, float confidence, int line) { }

    @Override
    public void close() {
        if (handle != null) {
            API.TessBaseAPIEnd(handle);
            API.TessBaseAPIDelete(handle);
            handle = null;
        }
    }
}
