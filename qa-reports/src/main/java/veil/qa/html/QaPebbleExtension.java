package veil.qa.html;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Number formatting for the datasheet: pct, int, dec(n); NaN and null print as an en dash. */
final class QaPebbleExtension extends AbstractExtension {
    static final String DASH = "\u2013";

    @Override
    public Map<String, Filter> getFilters() {
        Map<String, Filter> f = new HashMap<>();
        f.put("pct", new NumberFilter(List.of("digits")) {
            @Override String format(double v, Map<String, Object> args) {
                int d = args.get("digits") == null ? 1 : ((Number) args.get("digits")).intValue();
                return String.format(Locale.ROOT, "%." + d + "f%%", 100 * v);
            }
        });
        f.put("int", new NumberFilter(List.of()) {
            @Override String format(double v, Map<String, Object> args) {
                return String.format(Locale.ROOT, "%,d", Math.round(v));
            }
        });
        f.put("dec", new NumberFilter(List.of("digits")) {
            @Override String format(double v, Map<String, Object> args) {
                int d = args.get("digits") == null ? 2 : ((Number) args.get("digits")).intValue();
                return String.format(Locale.ROOT, "%,." + d + "f", v);
            }
        });
        return f;
    }

    @Override
    public Map<String, Function> getFunctions() {
        Map<String, Function> f = new HashMap<>();
        f.put("heat", new Function() {
            // background shade for a 0..1 value: a CSS colour string (not from the data)
            @Override public List<String> getArgumentNames() { return List.of("value"); }
            @Override public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext ctx, int line) {
                Object o = args.get("value");
                double v = o instanceof Number ? ((Number) o).doubleValue() : 0;
                if (Double.isNaN(v)) v = 0;
                v = Math.max(0, Math.min(1, v));
                int light = (int) Math.round(97 - 45 * v);
                return "hsl(210,70%," + light + "%)";
            }
        });
        return f;
    }

    abstract static class NumberFilter implements Filter {
        private final List<String> names;
        NumberFilter(List<String> names) { this.names = names; }
        @Override public List<String> getArgumentNames() { return names; }
        abstract String format(double v, Map<String, Object> args);
        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext ctx, int line) {
            if (!(input instanceof Number)) return input == null ? DASH : input;
            double v = ((Number) input).doubleValue();
            if (Double.isNaN(v) || Double.isInfinite(v)) return DASH;
            return format(v, args);
        }
    }
}
