package veil.deid.engine;

import com.pixelmed.dicom.AttributeList;
import java.util.List;
import java.util.Map;

/** What the engine decided for one instance: the closed set every runner writes, audits and counts. */
public sealed interface InstanceResult {

    /**
     * Safe to release.
     *
     * @param dataset           the de-identified dataset with new file meta information still to be added by the writer
     * @param transferSyntaxUid what to write it with
     * @param pixels            {@link PixelSource.Streamed}: copy the input's Pixel Data element through unchanged from its
     *                          offset; {@link PixelSource.InDataset}: the dataset holds everything to write
     * @param outputPath        relative to the output root, built from pseudonymised identifiers only
     * @param pixelNote         how the pixels were handled, for the audit (no values)
     */
    record Released(AttributeList dataset, String transferSyntaxUid, PixelSource pixels, String outputPath,
                    Map<String, Integer> actions, List<String> warnings, String pixelNote, PixelScreening screening)
            implements InstanceResult { }

    /** Not released. The reason names no value from the instance. */
    record Quarantined(String reason, List<String> warnings) implements InstanceResult { }
}
