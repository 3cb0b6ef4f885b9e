package veil.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** Parses one entry of a profile's {@code rules:} list and {@code when:} conditions. */
final class RuleParser {

    private static final Set<String> RULE_KEYS = Set.of("tag", "private", "action", "value", "when");
    private static final Set<String> PRIVATE_KEYS = Set.of("creator", "group", "element");

    private RuleParser() { }

    static Rule rule(ProfileLoader.Nodes n, Node node) {
        Map<String, Node> m = n.mapping(node, RULE_KEYS);
        if (m.containsKey("tag") == m.containsKey("private")) throw n.error(node, "a rule needs exactly one of 'tag' or 'private'");
        if (!m.containsKey("action")) throw n.error(node, "a rule needs an 'action'");
        TagPattern tag = m.containsKey("tag") ? tag(n, m.get("tag")) : null;
        PrivateTagPattern priv = m.containsKey("private") ? privateTag(n, m.get("private")) : null;
        Action action = action(n, m.get("action"), m.get("value"));
        Condition when = m.containsKey("when") ? condition(n, m.get("when")) : Condition.ALWAYS;
        return new Rule(tag, priv, when, action, n.line(node));
    }

    static TagPattern tag(ProfileLoader.Nodes n, Node node) {
        String text = n.scalar(node).trim();
        if (text.startsWith("(") || text.matches("[0-9A-Fa-fxX]{4},?[0-9A-Fa-fxX]{4}")) {
            try {
                return TagPattern.parse(text);
            } catch (IllegalArgumentException e) {
                throw n.error(node, e.getMessage());
            }
        }
        return StandardDictionary.get().byKeyword(text).map(e -> TagPattern.exact(e.tag()))
                .orElseThrow(() -> n.error(node, "unknown attribute keyword '" + text + "' (use a PS3.6 keyword or (gggg,eeee))"));
    }

    private static PrivateTagPattern privateTag(ProfileLoader.Nodes n, Node node) {
        Map<String, Node> m = n.mapping(node, PRIVATE_KEYS);
        if (!m.containsKey("creator")) throw n.error(node, "a private rule needs its 'creator'");
        int group = m.containsKey("group") ? hex(n, m.get("group"), 0xFFFF) : -1;
        if (group >= 0 && group % 2 == 0) throw n.error(m.get("group"), "private groups are odd");
        int element = m.containsKey("element") ? hex(n, m.get("element"), 0xFF) : -1;
        return new PrivateTagPattern(n.scalar(m.get("creator")), group, element);
    }

    private static int hex(ProfileLoader.Nodes n, Node node, int max) {
        String s = n.scalar(node).trim().toLowerCase(Locale.ROOT).replace("0x", "");
        try {
            int v = Integer.parseInt(s, 16);
            if (v < 0 || v > max) throw n.error(node, "value out of range: " + s);
            return v;
        } catch (NumberFormatException e) {
            throw n.error(node, "expected a hexadecimal number, got '" + s + "'");
        }
    }

    static Action action(ProfileLoader.Nodes n, Node node, Node valueNode) {
        String a = n.scalar(node).trim();
        Action action = switch (a.toLowerCase(Locale.ROOT)) {
            case "keep" -> Action.KEEP;
            case "remove" -> Action.REMOVE;
            case "empty" -> Action.EMPTY;
            case "dummy" -> Action.DUMMY;
            case "uid" -> Action.NEW_UID;
            case "shift" -> Action.SHIFT_DATE;
            case "hash" -> Action.HASH;
            case "pseudonym" -> Action.PSEUDONYM;
            case "clean" -> Action.CLEAN;
            case "replace" -> {
                if (valueNode == null) throw n.error(node, "action 'replace' needs a 'value'");
                yield new Action.Replace(n.scalar(valueNode));
            }
            default -> {
                try {
                    yield ActionCode.parse(a);
                } catch (IllegalArgumentException e) {
                    throw n.error(node, "unknown action '" + a + "' (expected keep, remove, empty, dummy, replace, uid, "
                            + "shift, hash, pseudonym, clean, or a PS3.15 code such as X, Z, D, K, C, U, X/Z/D)");
                }
            }
        };
        if (valueNode != null && !(action instanceof Action.Replace)) throw n.error(valueNode, "'value' is only for action 'replace'");
        return action;
    }

    static Condition condition(ProfileLoader.Nodes n, Node node) {
        Map<String, List<String>> required = new LinkedHashMap<>();
        for (NodeTuple t : n.tuples(node)) {
            String keyword = n.scalar(t.getKeyNode());
            if (StandardDictionary.get().byKeyword(keyword).isEmpty()) {
                throw n.error(t.getKeyNode(), "unknown attribute keyword '" + keyword + "' in condition");
            }
            required.put(keyword, n.scalars(t.getValueNode()));
        }
        return new Condition(required);
    }
}
