package veil.testkit.pixels.independent;

import java.util.ArrayList;
import java.util.List;

/**
 * The independent evaluation set: every style at every text size, spread over modalities, sizes, bit depths and
 * photometric interpretations so none is confounded with another; three 12-frame ultrasound clips (static banner,
 * banner that changes mid-clip, colour); and text-free images to count false quarantines.
 */
public final class IndependentSet {

    public static final int[] TEXT_PX = {10, 11, 12, 14, 16, 20, 24, 28, 32, 40, 48};

    /** Formats a single-frame scene rotates through, each with the backdrop such images have. */
    static final List<Format> FORMATS = List.of(
            new Format("CR", 1024, 1024, 8, "MONOCHROME2", 1),
            new Format("DX", 2048, 2048, 12, "MONOCHROME1", 1),
            new Format("CT", 512, 512, 12, "MONOCHROME2", 1),
            new Format("US", 640, 480, 8, "MONOCHROME2", 1),
            new Format("DX", 1024, 1024, 8, "MONOCHROME1", 1),
            new Format("CR", 2048, 2048, 16, "MONOCHROME2", 1),
            new Format("US", 800, 600, 8, "RGB", 1),
            new Format("SC", 1024, 768, 8, "RGB", 1));

    private IndependentSet() { }

    static Backdrop backdropFor(Format f) {
        return switch (f.modality()) {
            case "CT" -> Backdrop.CT_SLICE;
            case "US" -> f.rgb() ? Backdrop.US_DOPPLER : Backdrop.US_FAN;
            case "SC" -> Backdrop.SCREEN;
            default -> Backdrop.CHEST;
        };
    }

    /**
     * @param repeats how many copies of the style x size grid (each with new seeds and shifted formats)
     * @param seed    base seed; the report's tables use 20261202
     */
    public static List<SceneSpec> specs(int repeats, long seed) {
        List<SceneSpec> out = new ArrayList<>();
        int n = 0;
        for (int rep = 0; rep < repeats; rep++) {
            Style[] styles = Style.values();
            for (int s = 0; s < styles.length; s++) {
                for (int k = 0; k < TEXT_PX.length; k++) {
                    Format f = FORMATS.get((s + 3 * k + rep) % FORMATS.size());
                    long sd = seed + 7919L * n;
                    out.add(new SceneSpec("ind-" + n, sd, f, backdropFor(f), styles[s], TEXT_PX[k],
                            SceneSpec.Banner.NONE, n % 3 == 0));
                    n++;
                }
            }
            out.addAll(clips(seed + 104_729L * (rep + 1), rep));
        }
        out.addAll(textFree(seed + 1_299_709L));
        return out;
    }

    /** 12-frame 640x480 ultrasound: grey with a static banner, grey with a banner that changes, colour Doppler. */
    public static List<SceneSpec> clips(long seed, int rep) {
        Format grey = new Format("US", 640, 480, 8, "MONOCHROME2", 12);
        Format rgb = new Format("US", 640, 480, 8, "RGB", 12);
        int px = 14 + 4 * (rep % 3);
        return List.of(
                new SceneSpec("clip-static-" + rep, seed, grey, Backdrop.US_FAN, Style.WHITE_ON_DARK_BAND, px, SceneSpec.Banner.STATIC, false),
                new SceneSpec("clip-changing-" + rep, seed + 1, grey, Backdrop.US_FAN, Style.WHITE_ON_DARK_BAND, px, SceneSpec.Banner.CHANGING, false),
                new SceneSpec("clip-rgb-" + rep, seed + 2, rgb, Backdrop.US_DOPPLER, Style.WHITE_ON_DARK_BAND, px + 2, SceneSpec.Banner.STATIC, false));
    }

    /** Images with no text at all: anything quarantined or changed here is a false alarm. */
    public static List<SceneSpec> textFree(long seed) {
        List<Format> fs = List.of(
                new Format("CR", 1024, 1024, 8, "MONOCHROME2", 1),
                new Format("DX", 2048, 2048, 12, "MONOCHROME1", 1),
                new Format("CT", 512, 512, 12, "MONOCHROME2", 1),
                new Format("US", 640, 480, 8, "MONOCHROME2", 1),
                new Format("US", 800, 600, 8, "RGB", 1),
                new Format("US", 640, 480, 8, "RGB", 12),
                new Format("SC", 1024, 768, 8, "RGB", 1));
        List<SceneSpec> out = new ArrayList<>();
        for (int i = 0; i < fs.size(); i++) {
            Format f = fs.get(i);
            out.add(new SceneSpec("free-" + i, seed + i, f, backdropFor(f), null, 0, SceneSpec.Banner.NONE, false));
        }
        Format pet = new Format("CT", 512, 512, 8, "RGB", 1);
        out.add(new SceneSpec("free-petct", seed + 99, pet, Backdrop.PET_CT, null, 0, SceneSpec.Banner.NONE, false));
        out.add(new SceneSpec("free-petct-2", seed + 98, pet, Backdrop.PET_CT, null, 0, SceneSpec.Banner.NONE, false));
        return out;
    }
}
