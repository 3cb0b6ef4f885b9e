package veil.deid.engine;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import java.io.IOException;

/**
 * Where an instance's pixels are, as its runner read it. The engine does no I/O: when pixels must be cleaned and the
 * runner only read the header, the engine asks the source for the whole dataset.
 */
public sealed interface PixelSource {

    /** Pixel Data, if the instance has any, is in the parsed dataset. */
    record InDataset() implements PixelSource { }

    /**
     * The dataset was read up to its top-level Pixel Data element, which starts at {@code offset} in the input and runs
     * to its end. A header-only result passes it through unchanged (the runner copies those bytes).
     *
     * @param whole reads the complete dataset (pixels left compressed as stored), for pixel cleaning
     */
    record Streamed(long offset, WholeDataset whole) implements PixelSource { }

    /** Reads the complete dataset of the same input. */
    @FunctionalInterface
    interface WholeDataset {
        AttributeList read() throws IOException, DicomException;
    }

    PixelSource IN_DATASET = new InDataset();
}
