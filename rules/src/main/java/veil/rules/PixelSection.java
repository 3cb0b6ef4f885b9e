package veil.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** Parses a profile's {@code pixels:} section: policy (mode, allow list, device masks) and what triggers cleaning. */
record PixelSection(PixelPolicy policy, List<Profile.PixelTrigger> triggers) {

    private static final Set<String> KEYS = Set.of("mode", "allow", "masks", "needs-cleaning", "max-blackout");

    static PixelSection parse(ProfileLoader.Nodes n, Node node, PixelPolicy inherited) {
        Map<String, Node> m = n.mapping(node, KEYS);
        PixelPolicy.Mode mode = inherited.mode();
        if (m.containsKey("mode")) {
            String v = n.scalar(m.get("mode")).trim().toUpperCase(Locale.ROOT);
            try {
                mode = PixelPolicy.Mode.valueOf(v);
            } catch (IllegalArgumentException e) {
                throw n.error(m.get("mode"), "pixel mode must be 'all' or 'phi'");
            }
        }
        Set<String> allow = inherited.allowList();
        if (m.containsKey("allow")) {
            allow = new LinkedHashSet<>();
            for (String s : n.scalars(m.get("allow"))) allow.add(s.trim().toUpperCase(Locale.ROOT));
        }
        List<PixelPolicy.DeviceMask> masks = new ArrayList<>(inherited.masks());
        if (m.containsKey("masks")) {
            for (Node mask : n.sequence(m.get("masks"))) masks.add(mask(n, mask));
        }
        double maxBlackout = inherited.maxBlackoutShare();
        if (m.containsKey("max-blackout")) maxBlackout = share(n, m.get("max-blackout"));
        List<Profile.PixelTrigger> triggers = null;
        if (m.containsKey("needs-cleaning")) {
            triggers = new ArrayList<>();
            for (Node t : n.sequence(m.get("needs-cleaning"))) {
                Map<String, Node> tm = n.mapping(t, Set.of("when", "option"));
                if (!tm.containsKey("when")) throw n.error(t, "a needs-cleaning entry needs 'when'");
                DeidOption option = tm.containsKey("option") ? n.option(tm.get("option")) : null;
                triggers.add(new Profile.PixelTrigger(RuleParser.condition(n, tm.get("when")), option, n.line(t)));
            }
        }
        return new PixelSection(new PixelPolicy(mode, allow, masks, maxBlackout), triggers);
    }

    /** {@code 5%} or {@code 0.05}: the share of a frame a blackout may change. */
    private static double share(ProfileLoader.Nodes n, Node node) {
        String v = n.scalar(node).trim();
        double share;
        try {
            share = v.endsWith("%") ? Double.parseDouble(v.substring(0, v.length() - 1).trim()) / 100 : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw n.error(node, "max-blackout must be a share of the frame such as 5% or 0.05, not '" + v + "'");
        }
        if (!(share > 0 && share <= 1)) throw n.error(node, "max-blackout must be above 0% and at most 100%, not '" + v + "'");
        return share;
    }

    private static PixelPolicy.DeviceMask mask(ProfileLoader.Nodes n, Node node) {
        Map<String, Node> m = n.mapping(node, Set.of("name", "when", "boxes"));
        if (!m.containsKey("boxes")) throw n.error(node, "a mask needs 'boxes'");
        String name = m.containsKey("name") ? n.scalar(m.get("name")) : n.line(node);
        Condition when = m.containsKey("when") ? RuleParser.condition(n, m.get("when")) : Condition.ALWAYS;
        List<PixelPolicy.Box> boxes = new ArrayList<>();
        for (Node b : n.sequence(m.get("boxes"))) {
            List<Node> xywh = n.sequence(b);
            if (xywh.size() != 4) throw n.error(b, "a box is [x, y, width, height]");
            PixelPolicy.Box box = new PixelPolicy.Box(n.integer(xywh.get(0)), n.integer(xywh.get(1)),
                    n.integer(xywh.get(2)), n.integer(xywh.get(3)));
            if (box.x() < 0 || box.y() < 0 || box.width() <= 0 || box.height() <= 0) throw n.error(b, "a box needs x, y >= 0 and a positive size");
            boxes.add(box);
        }
        return new PixelPolicy.DeviceMask(name, when, boxes);
    }
}
