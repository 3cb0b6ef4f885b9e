package veil.cli.deid;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import veil.cli.UserError;
import veil.rules.DeidOption;

/** Parses --option values into PS3.15 options, naming the valid ones on a mistake. */
public final class Options {

    private Options() { }

    public static Set<DeidOption> parse(List<String> ids) {
        Set<DeidOption> out = EnumSet.noneOf(DeidOption.class);
        for (String id : ids) {
            out.add(DeidOption.byId(id).orElseThrow(() -> new UserError("unknown option '" + id + "'; valid options: "
                    + String.join(", ", Arrays.stream(DeidOption.values()).map(DeidOption::id).toList()))));
        }
        return out;
    }
}
