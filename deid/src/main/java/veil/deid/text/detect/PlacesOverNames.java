package veil.deid.text.detect;

import java.util.ArrayList;
import java.util.List;
import veil.deid.text.Finding;
import veil.deid.text.PhiType;

/**
 * "Transferred from Rome": the weak cue "from" made Rome a name too. Where the gazetteer found a
 * place or facility, a name found only by lookup, the model or a weak cue inside it is dropped, so
 * that it neither changes the finding's type nor spreads to "Rome criteria" by propagation.
 */
public final class PlacesOverNames {
    private PlacesOverNames() {}

    public static List<Finding> apply(List<Finding> found) {
        List<Finding> places = new ArrayList<>();
        for (Finding f : found) if (f.detector().startsWith("gazetteer")) places.add(f);
        if (places.isEmpty()) return found;
        List<Finding> out = new ArrayList<>(found.size());
        for (Finding f : found) {
            if (f.type() == PhiType.NAME && isWeak(f) && insideAny(f, places)) continue;
            out.add(f);
        }
        return out;
    }

    private static boolean isWeak(Finding f) {
        String d = f.detector();
        return d.equals("lexicon") || d.equals("model") || d.equals("context:weak");
    }

    private static boolean insideAny(Finding f, List<Finding> places) {
        for (Finding p : places) if (p.start() <= f.start() && f.end() <= p.end()) return true;
        return false;
    }
}
