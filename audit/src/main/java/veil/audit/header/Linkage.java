package veil.audit.header;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import veil.audit.finding.Finding;
import veil.audit.finding.FindingType;
import veil.audit.finding.Kind;
import veil.audit.finding.Severity;

/**
 * Values shared by files of different patients: an operator, institution or station seen for several patients links
 * their files. Reported per attribute (never the value). Values are held as hashes, in memory only; not thread-safe
 * (the run adds facts from one thread).
 */
public final class Linkage {

    private final Map<String, Map<Integer, Set<String>>> patientsByValue = new TreeMap<>();
    private final Map<String, String> firstFile = new HashMap<>();
    private final Map<String, Integer> files = new HashMap<>();

    public void add(String file, HeaderFacts facts) {
        for (Map.Entry<String, String> e : facts.linkable().entrySet()) {
            patientsByValue.computeIfAbsent(e.getKey(), k -> new HashMap<>())
                    .computeIfAbsent(e.getValue().toUpperCase(java.util.Locale.ROOT).hashCode(), k -> new HashSet<>(2))
                    .add(facts.patientId());
            firstFile.putIfAbsent(e.getKey(), file);
            files.merge(e.getKey(), 1, Integer::sum);
        }
    }

    public List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<String, Map<Integer, Set<String>>> e : patientsByValue.entrySet()) {
            int shared = 0, maxPatients = 0;
            for (Set<String> patients : e.getValue().values()) {
                if (patients.size() > 1) shared++;
                maxPatients = Math.max(maxPatients, patients.size());
            }
            if (shared == 0) continue;
            out.add(new Finding(firstFile.get(e.getKey()), Kind.HEADER, e.getKey(), FindingType.LINKAGE, "", Severity.MEDIUM,
                    shared + " value(s) of this attribute appear for more than one patient (up to " + maxPatients
                            + " patients; " + files.get(e.getKey()) + " files carry the attribute)"));
        }
        return out;
    }
}
