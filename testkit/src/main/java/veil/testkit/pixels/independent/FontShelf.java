package veil.testkit.pixels.independent;

import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every free font the machine's Debian packages put under /usr/share/fonts (Noto, URW base35, DejaVu, Liberation,
 * FreeFont, ...) that can draw the characters burned-in annotations use. Fonts that are absent, unreadable or lack
 * Latin letters and digits are skipped and counted, so a report can say how many faces it actually used.
 */
public record FontShelf(List<Font> fonts, int skipped) {

    public static final Path DEFAULT_ROOT = Path.of("/usr/share/fonts");

    /** What annotations need: a font that cannot draw all of these is not used. */
    static final String NEEDED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789^/:.,-";

    public FontShelf {
        fonts = List.copyOf(fonts);
    }

    /** Loads the shelf once per process; the order is by file path, so a seed picks the same face on every machine with the same packages. */
    public static FontShelf system() {
        return Holder.SYSTEM;
    }

    private static final class Holder {
        static final FontShelf SYSTEM = load(DEFAULT_ROOT);
    }

    public static FontShelf load(Path root) {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(p -> {
                    String n = p.getFileName().toString().toLowerCase();
                    return n.endsWith(".ttf") || n.endsWith(".otf");
                }).sorted(Comparator.comparing(Path::toString)).forEach(files::add);
            } catch (IOException e) {
                // an unreadable tree is the same as an empty one: the fallback below still gives a face
            }
        }
        List<Font> fonts = new ArrayList<>();
        int skipped = 0;
        for (Path p : files) {
            try {
                Font f = Font.createFont(Font.TRUETYPE_FONT, p.toFile());
                if (f.canDisplayUpTo(NEEDED) == -1) fonts.add(f);
                else skipped++;
            } catch (Exception | Error e) {
                // A CFF-flavoured OpenType or damaged file Java cannot read: skip it, it is counted.
                skipped++;
            }
        }
        if (fonts.isEmpty()) fonts.add(new Font(Font.SERIF, Font.PLAIN, 12));   // JDK logical font: the set still builds
        return new FontShelf(fonts, skipped);
    }

    /** The face for a seed; families spread evenly because the index is uniform over every file. */
    public Font pick(long seed) {
        return fonts.get((int) Math.floorMod(seed * 0x9E3779B97F4A7C15L >>> 17, fonts.size()));
    }

    public int families() {
        return (int) fonts.stream().map(Font::getFamily).distinct().count();
    }
}
