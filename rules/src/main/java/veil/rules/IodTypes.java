package veil.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Attribute Types per IOD, from {@code iod-types.yaml}, used to resolve combined action codes. */
public final class IodTypes {

    private static final IodTypes INSTANCE = load();

    private final Map<Integer, Integer> defaults;
    private final Map<String, Map<Integer, Integer>> bySopClassPrefix;

    private IodTypes(Map<Integer, Integer> defaults, Map<String, Map<Integer, Integer>> bySopClassPrefix) {
        this.defaults = defaults;
        this.bySopClassPrefix = bySopClassPrefix;
    }

    public static IodTypes get() {
        return INSTANCE;
    }

    /** @return 1, 2 or 3, or 0 when not known */
    public int typeOf(int tag, String sopClassUid) {
        if (sopClassUid != null) {
            for (Map.Entry<String, Map<Integer, Integer>> e : bySopClassPrefix.entrySet()) {
                if (sopClassUid.startsWith(e.getKey())) {
                    Integer t = e.getValue().get(tag);
                    if (t != null) return t;
                }
            }
        }
        return defaults.getOrDefault(tag, 0);
    }

    private static IodTypes load() {
        try (InputStream in = IodTypes.class.getResourceAsStream("iod-types.yaml")) {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            Map<String, Map<Integer, Integer>> bySop = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = root.path("sop-classes").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                bySop.put(e.getKey(), types(e.getValue()));
            }
            return new IodTypes(types(root.path("default")), bySop);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<Integer, Integer> types(JsonNode node) {
        Map<Integer, Integer> m = new HashMap<>();
        node.fields().forEachRemaining(e -> {
            int tag = StandardDictionary.get().byKeyword(e.getKey())
                    .orElseThrow(() -> new IllegalStateException("iod-types.yaml: unknown keyword " + e.getKey())).tag();
            m.put(tag, e.getValue().asInt());
        });
        return Map.copyOf(m);
    }
}
