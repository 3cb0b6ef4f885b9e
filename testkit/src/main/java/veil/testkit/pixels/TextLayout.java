package veil.testkit.pixels;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** The burned-in annotation blocks of a synthetic instance, the way scanners and modalities print them. */
public final class TextLayout {

    public enum Anchor { TOP_LEFT, TOP_RIGHT, TOP_CENTER, BOTTOM_LEFT, BOTTOM_RIGHT, LEFT_EDGE, RIGHT_EDGE }

    public record Token(String text, boolean phi, boolean allowMarker) { }

    public record Block(Anchor anchor, List<List<Token>> lines) { }

    static final List<String> DATE_PATTERNS = List.of("yyyy-MM-dd", "dd/MM/yyyy", "MM-dd-yyyy", "dd-MMM-yyyy",
            "yyyyMMdd", "dd.MM.yyyy");

    private TextLayout() { }

    public static List<Block> blocks(SynthPatient p, Random rnd) {
        String dob = date(p.birthDate(), rnd);
        String study = date(p.studyDate(), rnd);
        boolean givenFirst = rnd.nextBoolean();
        List<Token> name = givenFirst
                ? List.of(phi(cap(p.given(), rnd)), phi(cap(p.family(), rnd)))
                : List.of(phi(p.family() + "," ), phi(p.given()));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block(Anchor.TOP_LEFT, List.of(
                name,
                List.of(plain("ID:"), phi(p.patientId())),
                List.of(plain("DOB:"), phi(dob)))));
        blocks.add(new Block(Anchor.TOP_RIGHT, List.of(
                List.of(phi(study), plain(String.format(Locale.ROOT, "%02d:%02d", rnd.nextInt(24), rnd.nextInt(60)))),
                List.of(plain("ACC"), phi(p.accession())))));
        blocks.add(new Block(Anchor.BOTTOM_LEFT, List.of(words(p.institution(), true))));
        blocks.add(new Block(Anchor.BOTTOM_RIGHT, List.of(List.of(allow("PORTABLE"), allow("AP")))));
        blocks.add(new Block(rnd.nextBoolean() ? Anchor.RIGHT_EDGE : Anchor.LEFT_EDGE,
                List.of(List.of(allow(rnd.nextBoolean() ? "L" : "R")))));
        return blocks;
    }

    static String date(LocalDate d, Random rnd) {
        String pattern = DATE_PATTERNS.get(rnd.nextInt(DATE_PATTERNS.size()));
        return d.format(DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH)).toUpperCase(Locale.ROOT);
    }

    static String join(List<Token> line) {
        return String.join(" ", line.stream().map(Token::text).toList());
    }

    private static String cap(String s, Random rnd) {
        return rnd.nextBoolean() ? s : s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT);
    }

    private static List<Token> words(String text, boolean phi) {
        return Arrays.stream(text.split(" ")).map(w -> new Token(w, phi, false)).toList();
    }

    private static Token phi(String t) { return new Token(t, true, false); }

    private static Token plain(String t) { return new Token(t, false, false); }

    private static Token allow(String t) { return new Token(t, false, true); }
}
