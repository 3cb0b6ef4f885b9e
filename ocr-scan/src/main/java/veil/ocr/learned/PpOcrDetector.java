package veil.ocr.learned;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.awt.Rectangle;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import veil.ocr.detect.Gray8;

/**
 * PaddleOCR's PP-OCRv4 text detector (a DB network) through ONNX Runtime: finds text lines without reading them.
 * Runs at the frame's native resolution; frames larger than {@link #TILE} px are cut into overlapping tiles of
 * that size (same recall as native, about half the memory), their probability maps joined by maximum.
 * One per worker thread (one ONNX session, one intra-op thread); not thread-safe.
 */
public final class PpOcrDetector implements AutoCloseable {

    /** Tile side (a multiple of 32, as the network needs); frames up to {@link #SINGLE_MAX} go in whole. */
    static final int TILE = 1056;
    static final int SINGLE_MAX = 1088;
    /** Two tiles cover 2048 px exactly; text lines crossing a seam join in the max-merged probability map. */
    static final int OVERLAP = 64;
    private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
    private static final float[] STD = {0.229f, 0.224f, 0.225f};

    private final OrtEnvironment env;
    private final OrtSession session;
    private final String input;

    public PpOcrDetector() {
        Path model = ModelDirectory.detectionModel();
        OnnxNatives.prepare(model.getParent());
        try {
            env = OrtEnvironment.getEnvironment();
            try (OrtSession.SessionOptions o = new OrtSession.SessionOptions()) {
                o.setIntraOpNumThreads(1);
                o.setInterOpNumThreads(1);
                o.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
                o.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
                session = env.createSession(model.toString(), o);
            }
            input = session.getInputNames().iterator().next();
        } catch (OrtException | UnsatisfiedLinkError e) {
            throw new IllegalStateException("the text detection model could not be loaded (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** Text lines in the frame, boxes in frame coordinates. */
    public List<TextBox> detect(Gray8 frame) {
        return DbPostProcess.boxes(probability(frame), frame.width(), frame.height());
    }

    /** The per-pixel text probability map, frame-sized. */
    float[] probability(Gray8 frame) {
        int w = frame.width(), h = frame.height();
        float[] prob = new float[w * h];
        if (Math.max(w, h) <= SINGLE_MAX) {
            run(frame, new Rectangle(0, 0, w, h), prob);
            return prob;
        }
        for (int ty : starts(h)) {
            for (int tx : starts(w)) {
                run(frame, new Rectangle(tx, ty, Math.min(TILE, w - tx), Math.min(TILE, h - ty)), prob);
            }
        }
        return prob;
    }

    /** As few tiles as cover the side with at least {@link #OVERLAP} px shared, spread evenly. */
    static List<Integer> starts(int side) {
        List<Integer> s = new ArrayList<>();
        if (side <= TILE) {
            s.add(0);
            return s;
        }
        int n = (side - OVERLAP + TILE - OVERLAP - 1) / (TILE - OVERLAP);
        for (int k = 0; k < n; k++) s.add((int) Math.round((double) k * (side - TILE) / (n - 1)));
        return s;
    }

    private void run(Gray8 frame, Rectangle tile, float[] prob) {
        int tw = round32(tile.width), th = round32(tile.height);
        int plane = tw * th;
        FloatBuffer buf = FloatBuffer.allocate(3 * plane);
        float[] data = buf.array();
        byte[] px = frame.pixels();
        int fw = frame.width();
        for (int y = 0; y < th; y++) {
            int sy = tile.y + Math.min(y, tile.height - 1);   // padding repeats the last row / column
            for (int x = 0; x < tw; x++) {
                int sx = tile.x + Math.min(x, tile.width - 1);
                float g = (px[sy * fw + sx] & 0xff) / 255f;
                int i = y * tw + x;
                data[i] = (g - MEAN[0]) / STD[0];
                data[plane + i] = (g - MEAN[1]) / STD[1];
                data[2 * plane + i] = (g - MEAN[2]) / STD[2];
            }
        }
        try (OnnxTensor t = OnnxTensor.createTensor(env, buf, new long[] {1, 3, th, tw});
             OrtSession.Result r = session.run(Map.of(input, t))) {
            FloatBuffer out = ((OnnxTensor) r.get(0)).getFloatBuffer();
            for (int y = 0; y < tile.height; y++) {
                int row = (tile.y + y) * fw + tile.x;
                for (int x = 0; x < tile.width; x++) {
                    float p = out.get(y * tw + x);
                    if (p > prob[row + x]) prob[row + x] = p;
                }
            }
        } catch (OrtException e) {
            throw new IllegalStateException("text detection failed (" + e.getMessage() + ")", e);
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
