package veil.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads profile YAML files (built-in by name, or a path) into {@link Profile}s. Parsing works on YAML nodes
 * rather than bound objects so that every error can name the file and line.
 */
public final class ProfileLoader {

    public static final List<String> BUILT_IN = List.of("basic", "research", "research-safe-private");
    private static final Set<String> TOP_KEYS = Set.of("name", "description", "extends", "table", "options",
            "pseudonym", "dates", "rules", "pixels");

    private ProfileLoader() { }

    /** A built-in profile name or a path to a YAML file. */
    public static Profile load(String nameOrPath) {
        return load(nameOrPath, new LinkedHashSet<>());
    }

    private static Profile load(String nameOrPath, Set<String> seen) {
        if (!seen.add(nameOrPath)) throw new ProfileException("profile '" + nameOrPath + "' extends itself (via " + seen + ")");
        if (BUILT_IN.contains(nameOrPath)) {
            String resource = "profiles/" + nameOrPath + ".yaml";
            try (InputStream in = ProfileLoader.class.getResourceAsStream(resource)) {
                if (in == null) throw new ProfileException("built-in profile " + nameOrPath + " is missing from the jar");
                return parse(new InputStreamReader(in, StandardCharsets.UTF_8), "built-in:" + nameOrPath, seen);
            } catch (IOException e) {
                throw new ProfileException("cannot read built-in profile " + nameOrPath, e);
            }
        }
        Path path = Path.of(nameOrPath);
        if (!Files.isRegularFile(path)) {
            throw new ProfileException("profile '" + nameOrPath + "' is neither a built-in profile " + BUILT_IN
                    + " nor a readable file");
        }
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return parse(r, path.toString(), seen);
        } catch (IOException e) {
            throw new ProfileException("cannot read profile " + path + ": " + e.getMessage(), e);
        }
    }

    static Profile parse(Reader reader, String source, Set<String> seen) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new ProfileException(source + " line " + line + ": not valid YAML: " + e.getProblem());
        } catch (RuntimeException e) {
            throw new ProfileException(source + ": not valid YAML: " + e.getMessage());
        }
        if (root == null) throw new ProfileException(source + ": the profile is empty");
        Nodes n = new Nodes(source);
        Map<String, Node> top = n.mapping(root, TOP_KEYS);

        Profile parent = top.containsKey("extends") ? load(n.scalar(top.get("extends")), seen) : null;
        String name = top.containsKey("name") ? n.scalar(top.get("name")) : source;
        String description = top.containsKey("description") ? n.scalar(top.get("description")) : "";
        boolean table = top.containsKey("table") ? n.bool(top.get("table")) : parent != null && parent.table();

        Set<DeidOption> options = EnumSet.noneOf(DeidOption.class);
        if (parent != null) options.addAll(parent.options());
        if (top.containsKey("options")) {
            for (Node o : n.sequence(top.get("options"))) options.add(n.option(o));
        }

        String prefix = parent != null ? parent.pseudonymPrefix() : "VEIL";
        if (top.containsKey("pseudonym")) {
            Map<String, Node> p = n.mapping(top.get("pseudonym"), Set.of("prefix"));
            if (p.containsKey("prefix")) prefix = n.scalar(p.get("prefix"));
        }
        int maxShift = parent != null ? parent.maxShiftDays() : 365;
        if (top.containsKey("dates")) {
            Map<String, Node> d = n.mapping(top.get("dates"), Set.of("max-shift-days"));
            if (d.containsKey("max-shift-days")) {
                maxShift = n.integer(d.get("max-shift-days"));
                if (maxShift < 1 || maxShift > 36500) throw n.error(d.get("max-shift-days"), "max-shift-days must be 1..36500");
            }
        }

        List<Rule> rules = new ArrayList<>(parent != null ? parent.rules() : List.of());
        if (top.containsKey("rules")) {
            for (Node r : n.sequence(top.get("rules"))) rules.add(RuleParser.rule(n, r));
        }

        PixelPolicy pixels = parent != null ? parent.pixelPolicy() : PixelPolicy.defaults();
        List<Profile.PixelTrigger> triggers = new ArrayList<>(parent != null ? parent.pixelTriggers() : List.of());
        if (top.containsKey("pixels")) {
            PixelSection section = PixelSection.parse(n, top.get("pixels"), pixels);
            pixels = section.policy();
            if (section.triggers() != null) {
                triggers.clear();
                triggers.addAll(section.triggers());
            }
        }
        if (!table && parent == null && rules.isEmpty()) {
            throw new ProfileException(source + ": the profile neither uses the table (table: true), extends a profile, nor has rules");
        }
        return new Profile(name, description, source, table, options, rules, prefix, maxShift, pixels, triggers);
    }

    /** YAML node access that reports file and line on every mistake. */
    static final class Nodes {
        final String source;

        Nodes(String source) {
            this.source = source;
        }

        ProfileException error(Node node, String message) {
            return new ProfileException(source + " line " + (node.getStartMark().getLine() + 1) + ": " + message);
        }

        Map<String, Node> mapping(Node node, Set<String> allowed) {
            if (!(node instanceof MappingNode m)) throw error(node, "expected a mapping (key: value)");
            Map<String, Node> out = new HashMap<>();
            for (NodeTuple t : m.getValue()) {
                String key = scalar(t.getKeyNode());
                if (allowed != null && !allowed.contains(key)) {
                    throw error(t.getKeyNode(), "unknown key '" + key + "' (expected one of " + new java.util.TreeSet<>(allowed) + ")");
                }
                if (out.put(key, t.getValueNode()) != null) throw error(t.getKeyNode(), "duplicate key '" + key + "'");
            }
            return out;
        }

        /** Mapping with keys in document order and each key's node, for conditions. */
        List<NodeTuple> tuples(Node node) {
            if (!(node instanceof MappingNode m)) throw error(node, "expected a mapping (key: value)");
            return m.getValue();
        }

        List<Node> sequence(Node node) {
            if (!(node instanceof SequenceNode s)) throw error(node, "expected a list");
            return s.getValue();
        }

        String scalar(Node node) {
            if (!(node instanceof ScalarNode s)) throw error(node, "expected a single value");
            return s.getValue();
        }

        /** A scalar or a list of scalars. */
        List<String> scalars(Node node) {
            if (node instanceof SequenceNode s) return s.getValue().stream().map(this::scalar).toList();
            return List.of(scalar(node));
        }

        int integer(Node node) {
            try {
                return Integer.parseInt(scalar(node).trim());
            } catch (NumberFormatException e) {
                throw error(node, "expected a whole number");
            }
        }

        boolean bool(Node node) {
            String v = scalar(node).trim().toLowerCase(java.util.Locale.ROOT);
            if (v.equals("true") || v.equals("yes")) return true;
            if (v.equals("false") || v.equals("no")) return false;
            throw error(node, "expected true or false");
        }

        DeidOption option(Node node) {
            String id = scalar(node);
            return DeidOption.byId(id).orElseThrow(() -> error(node, "unknown option '" + id + "' (expected one of "
                    + java.util.Arrays.stream(DeidOption.values()).map(DeidOption::id).toList() + ")"));
        }

        String line(Node node) {
            return source + ":" + (node.getStartMark().getLine() + 1);
        }
    }
}
