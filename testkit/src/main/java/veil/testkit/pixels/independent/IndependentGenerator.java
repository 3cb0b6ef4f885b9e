package veil.testkit.pixels.independent;

import com.pixelmed.dicom.DicomException;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import veil.testkit.pixels.independent.Lettering.Piece;

/**
 * Draws one {@link SceneSpec}: backdrop, identifying text in the spec's style, and the non-identifying text real
 * images carry (side markers, projection, technique). Deterministic: the same spec gives the same pixels, header
 * and truth on machines with the same fonts.
 */
public final class IndependentGenerator {

    private final FontShelf fonts;

    public IndependentGenerator(FontShelf fonts) {
        this.fonts = fonts;
    }

    public IndependentGenerator() {
        this(FontShelf.system());
    }

    public IndependentImage generate(SceneSpec spec) throws DicomException {
        Format fmt = spec.format();
        SplittableRandom r = new SplittableRandom(spec.seed());
        Person p = Person.random(r.split());
        Canvas c = new Canvas(fmt.width(), fmt.height(), fmt.samples(), fmt.frames());
        SplittableRandom paint = r.split();
        for (int f = 0; f < fmt.frames(); f++) spec.backdrop().paint(c, f, paint);
        List<Truth> truth = new ArrayList<>();
        if (!spec.textFree()) {
            Font face = fonts.pick(spec.seed());
            Scribe s = new Scribe(c, face, spec, r.split());
            if (fmt.frames() > 1) s.banner(p, truth);
            else s.identifiers(p, truth);
            s.nonIdentifying(truth);
        }
        int[][] stored = new int[fmt.frames()][];
        for (int f = 0; f < fmt.frames(); f++) stored[f] = c.stored(f, fmt.maxStored(), fmt.monochrome1());
        return new IndependentImage(spec, p, DicomWrap.instance(spec, p, stored), stored, truth);
    }

    /** Places text for one scene; keeps lines inside the image and off each other's blocks. */
    private static final class Scribe {
        private final Canvas c;
        private final Font face;
        private final SceneSpec spec;
        private final SplittableRandom r;
        private final int px, margin;

        Scribe(Canvas c, Font face, SceneSpec spec, SplittableRandom r) {
            this.c = c;
            this.face = face;
            this.spec = spec;
            this.r = r;
            this.px = spec.textPx();
            this.margin = Math.max(6, c.width / 60);
        }

        void identifiers(Person p, List<Truth> truth) {
            int form = r.nextInt(30);
            List<List<Piece>> first = new ArrayList<>(), second = new ArrayList<>();
            first.add(List.of(new Piece(p.printedName(form), Kind.NAME)));
            first.add(List.of(new Piece(form % 2 == 0 ? "ID:" : "MRN", Kind.TECHNICAL), new Piece(p.patientId(), Kind.ID)));
            second.add(List.of(new Piece(form % 3 == 0 ? "DOB" : "Born", Kind.TECHNICAL),
                    new Piece(Person.printedDate(p.birth(), form), Kind.DATE)));
            second.add(List.of(new Piece(p.institution(), Kind.INSTITUTION)));
            second.add(List.of(new Piece(Person.printedDate(p.study(), form + 1), Kind.DATE),
                    new Piece(p.accession(), Kind.ID)));
            Style st = spec.style();
            switch (st) {
                case MULTI_LINE_BLOCK -> {
                    List<List<Piece>> block = new ArrayList<>(first);
                    block.add(second.get(0));
                    if (r.nextBoolean()) block.add(List.of(new Piece(p.printedPhysician(form), Kind.PHYSICIAN)));
                    else block.add(second.get(1));
                    block(block, Corner.values()[r.nextInt(4)], truth, ink(st, 0, 0, 0, 0));
                }
                case WHITE_ON_DARK_BAND -> {
                    List<Piece> line = new ArrayList<>(first.get(0));
                    line.addAll(first.get(1));
                    band(List.of(line, second.get(0)), r.nextBoolean(), truth, 0, spec.format().frames() - 1);
                }
                case ROTATED_EDGE -> {
                    List<Piece> left = new ArrayList<>(first.get(0));
                    left.addAll(first.get(1));
                    List<Piece> right = new ArrayList<>(second.get(0));
                    right.addAll(second.get(2));
                    turned(left, false, truth);
                    turned(right, true, truth);
                }
                default -> {
                    block(first, Corner.TOP_LEFT, truth, null);
                    block(second, Corner.BOTTOM_RIGHT, truth, null);
                }
            }
        }

        /** Clips: a static banner on every frame, or one that changes half-way (new time and a moved ID line). */
        void banner(Person p, List<Truth> truth) {
            int frames = spec.format().frames(), form = r.nextInt(30);
            List<Piece> top = List.of(new Piece(p.printedName(form), Kind.NAME), new Piece(p.patientId(), Kind.ID));
            List<Piece> date = List.of(new Piece(Person.printedDate(p.study(), form), Kind.DATE),
                    new Piece("10:4" + r.nextInt(10) + ":0" + r.nextInt(10), Kind.TECHNICAL));
            if (spec.banner() == SceneSpec.Banner.CHANGING) {
                int half = frames / 2;
                band(List.of(top), true, truth, 0, half - 1);
                List<Piece> later = List.of(new Piece(p.printedName(form + 2), Kind.NAME),
                        new Piece(Person.printedDate(p.birth(), form + 1), Kind.DATE));
                band(List.of(later, date), false, truth, half, frames - 1);
            } else {
                band(List.of(top, date), true, truth, 0, frames - 1);
            }
            List<Piece> inst = List.of(new Piece(p.institution(), Kind.INSTITUTION));
            Lettering l = Lettering.of(inst, face, px);
            if (l.width < c.width - 2 * margin) {
                truth.addAll(l.stamp(c, c.width - margin - l.width, c.height - margin - l.height,
                        ink(Style.BRIGHT, 0, 0, 0, 0), px, spec.style(), 0, frames - 1));
            }
        }

        /** Side marker, projection and technique text: present on real images, never identifying. */
        void nonIdentifying(List<Truth> truth) {
            String mod = spec.format().modality();
            int big = Math.min(64, px * 3 / 2 + 8);
            int last = spec.format().frames() - 1;
            float[] white = grey(0.92f + 0.08f * (float) r.nextDouble());
            if (mod.equals("CR") || mod.equals("DX")) {
                Lettering m = Lettering.of(List.of(new Piece(r.nextBoolean() ? "L" : "R", Kind.MARKER)), face, big);
                truth.addAll(m.stamp(c, c.width - margin - m.width - c.width / 10, c.height / 3, white, big, Style.BRIGHT, 0, last));
                Lettering ap = Lettering.of(List.of(new Piece(r.nextBoolean() ? "AP" : "PORTABLE", Kind.MARKER)), face, px + 4);
                truth.addAll(ap.stamp(c, margin + c.width / 10, c.height / 3, white, px + 4, Style.BRIGHT, 0, last));
            }
            String tech = switch (mod) {
                case "CT" -> "W 400 L 40";
                case "US" -> "MI 1.1 TIS 0.4";
                case "SC" -> "SERIES 3";
                default -> "85 kVp 3.2 mAs";
            };
            Lettering t = Lettering.of(List.of(new Piece(tech, Kind.TECHNICAL)), face, Math.max(10, px * 3 / 4));
            int y = c.height / 2 + c.height / 8;
            if (t.width < c.width / 3) truth.addAll(t.stamp(c, margin + c.width / 8, y, white, Math.max(10, px * 3 / 4), Style.BRIGHT, 0, last));
        }

        private enum Corner { TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT }

        /** Lines stacked in a corner; a line too wide for half the image is dropped (no truth for it). */
        private void block(List<List<Piece>> lines, Corner corner, List<Truth> truth, float[] fixedInk) {
            Style st = spec.style();
            List<Lettering> ls = new ArrayList<>();
            for (List<Piece> line : lines) {
                // Large text on a small image: a line that does not fit half the width is broken into its pieces,
                // and a piece wider than the image is left out (no truth for text that is not drawn).
                Lettering l = Lettering.of(line, face, px);
                if (l.width <= c.width / 2 - margin) { ls.add(l); continue; }
                for (Piece piece : line) {
                    Lettering one = Lettering.of(List.of(piece), face, px);
                    if (one.width <= c.width - 2 * margin) ls.add(one);
                }
            }
            if (ls.isEmpty()) return;
            int lineGap = Math.max(1, px / 6);
            int w = ls.stream().mapToInt(l -> l.width).max().orElse(0);
            int h = ls.stream().mapToInt(l -> l.height + lineGap).sum();
            boolean right = corner == Corner.TOP_RIGHT || corner == Corner.BOTTOM_RIGHT;
            boolean bottom = corner == Corner.BOTTOM_LEFT || corner == Corner.BOTTOM_RIGHT;
            int x0 = right ? c.width - margin - w : margin, y0 = bottom ? c.height - margin - h : margin;
            int last = spec.format().frames() - 1;
            float[] boxFill = null;
            if (st == Style.GREY_ON_GREY_BOX) boxFill = grey(0.32f + 0.18f * (float) r.nextDouble());
            if (st == Style.DARK_ON_LIGHT_BOX) boxFill = grey(0.78f + 0.14f * (float) r.nextDouble());
            if (boxFill != null) {
                for (int f = 0; f <= last; f++) c.fill(f, x0 - px / 3, y0 - px / 4, w + px * 2 / 3, h + px / 2, boxFill);
            }
            int y = y0;
            for (Lettering l : ls) {
                int x = right ? x0 + w - l.width : x0;
                float[] ink = fixedInk != null ? fixedInk : ink(st, x, y, l.width, l.height);
                truth.addAll(l.stamp(c, x, y, ink, px, st, 0, last));
                y += l.height + lineGap;
            }
        }

        /** A dark band across the top or bottom with white text, one band line per text line. */
        private void band(List<List<Piece>> lines, boolean top, List<Truth> truth, int first, int last) {
            List<Lettering> ls = new ArrayList<>();
            for (List<Piece> line : lines) {
                Lettering l = Lettering.of(line, face, px);
                if (l.width <= c.width - 2 * margin) ls.add(l);
            }
            if (ls.isEmpty()) return;
            int h = ls.stream().mapToInt(l -> l.height).sum() + px / 2;
            int y0 = top ? 0 : c.height - h;
            float[] dark = grey(0.03f + 0.04f * (float) r.nextDouble());
            float[] ink = spec.format().rgb() && r.nextBoolean() ? new float[]{0.95f, 0.92f, 0.35f} : grey(0.96f);
            for (int f = first; f <= last; f++) c.fill(f, 0, y0, c.width, h, dark);
            int y = y0 + px / 4;
            for (Lettering l : ls) {
                truth.addAll(l.stamp(c, margin, y, ink, px, spec.style(), first, last));
                y += l.height;
            }
        }

        private void turned(List<Piece> line, boolean rightEdge, List<Truth> truth) {
            Lettering l = Lettering.of(line, face, px);
            if (l.width <= c.height - 2 * margin) {
                place(l.turned(rightEdge), rightEdge, (c.height - l.width) / 2, truth);
                return;
            }
            // Too long for the edge: each piece turned on its own, one after another down the edge while they fit.
            int y = margin;
            for (Piece piece : line) {
                Lettering t = Lettering.of(List.of(piece), face, px).turned(rightEdge);
                if (y + t.height > c.height - margin) break;
                place(t, rightEdge, y, truth);
                y += t.height + px / 2;
            }
        }

        private void place(Lettering t, boolean rightEdge, int y, List<Truth> truth) {
            int x = rightEdge ? c.width - margin - t.width : margin;
            truth.addAll(t.stamp(c, x, y, ink(Style.ROTATED_EDGE, x, y, t.width, t.height), px, Style.ROTATED_EDGE, 0,
                    spec.format().frames() - 1));
        }

        /** Ink for a style; low contrast is relative to what lies under the line. */
        private float[] ink(Style st, int x, int y, int w, int h) {
            return switch (st) {
                case LOW_CONTRAST -> {
                    float under = c.mean(0, x, y, w, h);
                    float delta = 0.06f + 0.06f * (float) r.nextDouble();
                    yield grey(under + (under > 0.8f ? -delta : delta));
                }
                case GREY_ON_GREY_BOX -> grey(0.55f + 0.15f * (float) r.nextDouble());
                case DARK_ON_LIGHT_BOX -> grey(0.06f + 0.14f * (float) r.nextDouble());
                case MULTI_LINE_BLOCK -> grey(0.70f + 0.30f * (float) r.nextDouble());
                default -> spec.format().rgb() && r.nextInt(3) == 0 ? new float[]{0.2f, 0.95f, 0.95f}
                        : grey(0.88f + 0.12f * (float) r.nextDouble());
            };
        }

        private static float[] grey(float v) {
            return new float[]{v, v, v};
        }
    }
}
