package veil.deid.text.redact;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import veil.deid.text.PhiType;
import veil.deid.text.lexicon.Lexicons;
import veil.deid.text.lexicon.NameSplit;
import veil.deid.text.lexicon.PersonNames;
import veil.deid.text.lexicon.WordList;

/**
 * Fake values for one document: the same original gets the same fake everywhere in it, dates move
 * by the patient's shift, shapes are kept (digits for digits). Fakes are drawn at random, never
 * computed from the original, so they reveal nothing about it.
 */
final class Surrogates {
    private static final String[] HOSPITAL_KINDS = {"Hospital", "Medical Center", "Clinic", "Health Center"};
    private static final String[] STREETS = {"Main Street", "Oak Avenue", "Park Road", "Cedar Lane", "Elm Drive", "Lake Street"};

    private final Map<String, String> given = new HashMap<>();
    private final Random random;
    private final int shiftDays;
    private final PersonNames people;
    private final List<String> cities;

    Surrogates(Random random, int shiftDays) {
        this.random = random;
        this.shiftDays = shiftDays;
        this.people = new PersonNames(Lexicons.shared(), NameSplit.TRAIN);
        this.cities = WordList.resource("/veil/deid/text/cities.txt").originals();
    }

    String replace(PhiType type, String original) {
        String key = type + "\u0000" + original.toLowerCase(Locale.ROOT);
        return given.computeIfAbsent(key, k -> fake(type, original));
    }

    private String fake(PhiType type, String original) {
        return switch (type) {
            case NAME -> name(original);
            case DATE -> {
                String shifted = DateSurrogates.shift(original, shiftDays);
                yield shifted == null ? "[DATE]" : shifted;
            }
            case TIME -> time(original);
            case ID, PHONE -> sameShape(original);
            case AGE -> "90+";
            case EMAIL -> "user" + (1000 + random.nextInt(9000)) + "@example.org";
            case URL -> "https://example.org/" + (1000 + random.nextInt(9000));
            case IP -> "192.0.2." + (1 + random.nextInt(254));
            case ADDRESS -> original.chars().anyMatch(Character::isLetter)
                    ? (1 + random.nextInt(999)) + " " + STREETS[random.nextInt(STREETS.length)] : sameShape(original);
            case LOCATION -> cities.get(random.nextInt(cities.size()));
            case ORGANIZATION -> people.last(random) + " " + HOSPITAL_KINDS[random.nextInt(HOSPITAL_KINDS.length)];
        };
    }

    /** As many name parts as the original had, initials kept as initials, capitals as written. */
    private String name(String original) {
        String[] parts = original.split("(?<=[\\s,])|(?=[\\s,])");
        StringBuilder b = new StringBuilder();
        boolean firstWord = true;
        for (String p : parts) {
            if (p.isBlank() || p.equals(",")) { b.append(p); continue; }
            String fake;
            if (p.length() <= 2 && Character.isUpperCase(p.charAt(0))) fake = (char) ('A' + random.nextInt(26)) + (p.endsWith(".") ? "." : "");
            else fake = firstWord && !original.contains(",") ? people.first(random) : people.last(random);
            if (p.equals(p.toUpperCase(Locale.ROOT)) && p.length() > 2) fake = fake.toUpperCase(Locale.ROOT);
            b.append(fake);
            firstWord = false;
        }
        return b.toString();
    }

    /** A valid time in the same layout: "14:35" stays h:mm, "2 pm" stays 12-hour, "1435 hours" stays 24-hour. */
    private String time(String original) {
        Matcher m = Pattern.compile("(\\d{1,2})(:?)(\\d{2})?(.*)").matcher(original);
        if (!m.matches()) return "[TIME]";
        boolean twelve = m.group(4).toLowerCase(Locale.ROOT).contains("m");
        int h = twelve ? 1 + random.nextInt(12) : random.nextInt(24);
        String hour = m.group(1).length() == 2 ? String.format("%02d", h) : Integer.toString(h);
        String minutes = m.group(3) == null ? "" : String.format("%02d", random.nextInt(60));
        return hour + m.group(2) + minutes + m.group(4);
    }

    /** Every digit and letter replaced by a random one of its kind; punctuation and layout kept. */
    private String sameShape(String original) {
        StringBuilder b = new StringBuilder(original.length());
        for (char c : original.toCharArray()) {
            if (Character.isDigit(c)) b.append((char) ('0' + random.nextInt(10)));
            else if (Character.isUpperCase(c)) b.append((char) ('A' + random.nextInt(26)));
            else if (Character.isLowerCase(c)) b.append(c);
            else b.append(c);
        }
        return b.toString();
    }
}
