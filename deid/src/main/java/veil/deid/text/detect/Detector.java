package veil.deid.text.detect;

import java.util.List;
import veil.deid.text.Finding;
import veil.deid.text.nlp.AnalyzedText;

/** One way of finding identifiers; the scanner runs several and merges what they find. */
public interface Detector {
    void detect(AnalyzedText doc, List<Finding> out);
}
