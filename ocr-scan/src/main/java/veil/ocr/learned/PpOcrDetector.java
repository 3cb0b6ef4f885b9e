package veil.ocr.learned;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.awt.Rectangle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import veil.ocr.detect.Gray8;

/**
 * PaddleOCR's PP-OCRv4 text detector (a DB network) through ONNX Runtime: finds text lines without reading them.
 * Runs at the frame's native resolution; frames larger than {@link #SINGLE_MAX} px are cut into overlapping tiles of
 * {@link #TILE} px (same recall as native, about half the memory), their probability maps joined by maximum.
 * One per worker thread (one ONNX session, one intra-op thread, its input buffer reused); not thread-safe.
 */
public final class PpOcrDetector implements AutoCloseable {

    /** Largest tile side (a multiple of 32, as the network needs); frames up to {@link #SINGLE_MAX} go in whole. */
    static final int TILE = 1056;
    static final int SINGLE_MAX = 1088;
    /** Two tiles cover 2048 px exactly; text lines crossing a seam join in the max-merged probability map. */
    static final int OVERLAP = 64;
    private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
    private static final float[] STD = {0.229f, 0.224f, 0.225f};
    /** The network's input value of each grey level in each channel: no arithmetic per pixel. */
    private static final float[][] LEVEL = new float[3][256];

    static {
        for (int c = 0; c < 3; c++) for (int g = 0; g < 256; g++) LEVEL[c][g] = (g / 255f - MEAN[c]) / STD[c];
    }

    private final OrtEnvironment env;
    private final OrtSession session;
    private final String input;
    /** Direct input buffer of the last shape, reused (ONNX Runtime reads a direct buffer without copying it). */
    private FloatBuffer inputBuffer;
    private float[] staging = new float[0];

    public PpOcrDetector() {
        this(Settings.DEFAULT);
    }

    /**
     * Session options (the benchmarks compare them; {@link Settings#DEFAULT} is what Veil runs).
     *
     * @param spinning whether ONNX Runtime's pool threads may spin waiting for work. With one intra-op thread there is
     *                 no pool and it changes nothing (measured); off, so that a session given more threads never burns
     *                 CPU that the per-core throughput pays for while they wait.
     * @param threads  intra-op threads: one, so the network runs on the calling thread (one session per worker)
     */
    public record Settings(OrtSession.SessionOptions.OptLevel level, boolean memoryPattern, boolean arena,
                           boolean denormalAsZero, boolean spinning, int threads) {
        public static final Settings DEFAULT = new Settings(OrtSession.SessionOptions.OptLevel.ALL_OPT, true, true, false, false, 1);

        public Settings(OrtSession.SessionOptions.OptLevel level, boolean memoryPattern, boolean arena, boolean denormalAsZero) {
            this(level, memoryPattern, arena, denormalAsZero, false, 1);
        }
    }

    public PpOcrDetector(Settings settings) {
        Path model = ModelDirectory.detectionModel();
        OnnxNatives.prepare(model.getParent());
        try {
            env = OrtEnvironment.getEnvironment();
            try (OrtSession.SessionOptions o = new OrtSession.SessionOptions()) {
                o.setIntraOpNumThreads(settings.threads());
                o.setInterOpNumThreads(1);
                o.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
                o.setOptimizationLevel(settings.level());
                o.setMemoryPatternOptimization(settings.memoryPattern());
                o.setCPUArenaAllocator(settings.arena());
                if (settings.denormalAsZero()) o.addConfigEntry("session.set_denormal_as_zero", "1");
                String spin = settings.spinning() ? "1" : "0";
                o.addConfigEntry("session.intra_op.allow_spinning", spin);
                o.addConfigEntry("session.inter_op.allow_spinning", spin);
                session = env.createSession(model.toString(), o);
            }
            input = session.getInputNames().iterator().next();
        } catch (OrtException | UnsatisfiedLinkError e) {
            throw new IllegalStateException("the text detection model could not be loaded (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** Text lines in the frame, boxes in frame coordinates. */
    public List<TextBox> detect(Gray8 frame) {
        return DbPostProcess.boxes(probability(frame, frame, frame), frame.width(), frame.height());
    }

    /**
     * Text lines with a different rendering in each of the network's three input channels (same size), e.g. the
     * locally normalised frame in one and the plain frame in the others: one pass that sees both.
     */
    public List<TextBox> detect(Gray8 c0, Gray8 c1, Gray8 c2) {
        return DbPostProcess.boxes(probability(c0, c1, c2), c0.width(), c0.height());
    }

    /** The per-pixel text probability map, frame-sized. */
    float[] probability(Gray8 frame) {
        return probability(frame, frame, frame);
    }

    /**
     * The network's per-pixel text probability map (frame-sized) for three input channels, before post-processing:
     * {@link #detect(Gray8, Gray8, Gray8)} is this then {@link #boxes}. Public so benchmarks time the two apart.
     */
    public float[] probability(Gray8 c0, Gray8 c1, Gray8 c2) {
        int w = c0.width(), h = c0.height();
        if (c1.width() != w || c2.width() != w || c1.height() != h || c2.height() != h) {
            throw new IllegalArgumentException("channels differ in size");
        }
        float[] prob = new float[w * h];
        if (Math.max(w, h) <= SINGLE_MAX) {
            run(c0, c1, c2, new Rectangle(0, 0, w, h), prob);
            return prob;
        }
        int tw = tileSide(w), th = tileSide(h);
        for (int ty : starts(h)) {
            for (int tx : starts(w)) {
                run(c0, c1, c2, new Rectangle(tx, ty, Math.min(tw, w - tx), Math.min(th, h - ty)), prob);
            }
        }
        return prob;
    }

    /** PaddleOCR's DB post-processing of a probability map from {@link #probability(Gray8, Gray8, Gray8)}. */
    public static List<TextBox> boxes(float[] prob, int width, int height) {
        return DbPostProcess.boxes(prob, width, height);
    }

    /** How many tiles cover a side: as few as keep each at most {@link #TILE} px with {@link #OVERLAP} px shared. */
    static int tileCount(int side) {
        if (side <= SINGLE_MAX) return 1;
        return (side - OVERLAP + TILE - OVERLAP - 1) / (TILE - OVERLAP);
    }

    /**
     * The tile side along one axis: the side shared evenly by {@link #tileCount} tiles overlapping by
     * {@link #OVERLAP}, rounded up to a multiple of 32. A fixed 1056 px tile read a 1536 px side as two 1056 px tiles
     * (4.5 Mpx for a 2.4 Mpx frame); even tiles cost what the frame costs plus the overlap.
     */
    static int tileSide(int side) {
        int n = tileCount(side);
        if (n == 1) return side;
        return Math.min(TILE, round32((side + (n - 1) * OVERLAP + n - 1) / n));
    }

    /** Where the tiles along one axis start, spread evenly from 0 to the side's end. */
    static List<Integer> starts(int side) {
        List<Integer> s = new ArrayList<>();
        int n = tileCount(side), t = tileSide(side);
        if (n == 1) {
            s.add(0);
            return s;
        }
        for (int k = 0; k < n; k++) s.add((int) Math.round((double) k * (side - t) / (n - 1)));
        return s;
    }

    private void run(Gray8 c0, Gray8 c1, Gray8 c2, Rectangle tile, float[] prob) {
        int tw = round32(tile.width), th = round32(tile.height);
        int plane = tw * th;
        if (staging.length != 3 * plane) {
            staging = new float[3 * plane];
            inputBuffer = ByteBuffer.allocateDirect(4 * 3 * plane).order(ByteOrder.nativeOrder()).asFloatBuffer();
        }
        float[] data = staging;
        fill(c0, LEVEL[0], tile, tw, th, data, 0);
        fill(c1, LEVEL[1], tile, tw, th, data, plane);
        fill(c2, LEVEL[2], tile, tw, th, data, 2 * plane);
        inputBuffer.clear();
        inputBuffer.put(data).flip();
        int fw = c0.width();
        try (OnnxTensor t = OnnxTensor.createTensor(env, inputBuffer, new long[] {1, 3, th, tw});
             OrtSession.Result r = session.run(Map.of(input, t))) {
            FloatBuffer out = ((OnnxTensor) r.get(0)).getFloatBuffer();
            for (int y = 0; y < tile.height; y++) {
                int row = (tile.y + y) * fw + tile.x;
                int src = y * tw;
                for (int x = 0; x < tile.width; x++) {
                    float p = out.get(src + x);
                    if (p > prob[row + x]) prob[row + x] = p;
                }
            }
        } catch (OrtException e) {
            throw new IllegalStateException("text detection failed (" + e.getMessage() + ")", e);
        }
    }

    /** One NCHW plane; padding repeats the last row / column. */
    private static void fill(Gray8 frame, float[] level, Rectangle tile, int tw, int th, float[] data, int offset) {
        byte[] px = frame.pixels();
        int fw = frame.width();
        for (int y = 0; y < th; y++) {
            int sy = tile.y + Math.min(y, tile.height - 1);
            int src = sy * fw + tile.x, dst = offset + y * tw;
            for (int x = 0; x < tile.width; x++) data[dst + x] = level[px[src + x] & 0xff];
            float last = data[dst + tile.width - 1];
            for (int x = tile.width; x < tw; x++) data[dst + x] = last;
        }
    }

    private static int round32(int v) {
        return Math.max(32, (v + 31) / 32 * 32);
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            // closing at shutdown: nothing left to do
        }
    }
}
