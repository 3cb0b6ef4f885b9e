package veil.testkit.dicom;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/** Draws fictional people, addresses and sites from the word lists in this package's resources. */
final class Personas {
    private final List<String> givenNames = load("given-names.txt");
    private final List<String> familyNames = load("family-names.txt");
    private final List<String> streets = load("streets.txt");
    private final List<String> towns = load("towns.txt");
    private final List<String> institutions = load("institutions.txt");
    private final Random random;
    private final Set<String> usedNames = new HashSet<>();
    private final Set<String> usedFamilies = new HashSet<>();

    Personas(Random random) {
        this.random = random;
    }

    /**
     * A person whose full name no earlier call returned, with a family name of their own while the
     * list lasts (so per-patient checks are not confused by a shared surname).
     */
    Person person() {
        for (int attempt = 0; attempt < 10_000; attempt++) {
            String family = pick(familyNames);
            if (usedFamilies.size() < familyNames.size() && usedFamilies.contains(family)) {
                continue;
            }
            String given = pick(givenNames);
            String middle = pick(givenNames);
            Person candidate = new Person(family, given, middle);
            if (!given.equals(middle) && usedNames.add(candidate.dicomName())) {
                usedFamilies.add(family);
                return candidate;
            }
        }
        throw new IllegalStateException("ran out of distinct synthetic names");
    }

    String address() {
        return (10 + random.nextInt(9_000)) + " " + pick(streets) + ", " + pick(towns);
    }

    /** A fictional number: the 555-01xx range is reserved for fiction. */
    String phone() {
        return String.format(Locale.ROOT, "+1 555 01%02d %04d", random.nextInt(100), random.nextInt(10_000));
    }

    Site site(int index) {
        String institution = institutions.get(index % institutions.size());
        String initials = initials(institution);
        List<Person> physicians = List.of(person(), person(), person());
        List<Person> operators = List.of(person(), person());
        return new Site(institution, address(), initials + " PATIENT INDEX",
                String.format(Locale.ROOT, "%s-XRM%02d", initials, random.nextInt(100)),
                "SN" + code(8), random.nextBoolean() ? "+0100" : "-0500", physicians, operators);
    }

    /** Upper-case letters and digits, always starting with a letter so no run of digits can hide inside a UID. */
    String code(int length) {
        StringBuilder s = new StringBuilder();
        s.append((char) ('A' + random.nextInt(26)));
        while (s.length() < length) {
            s.append(random.nextInt(3) == 0 ? (char) ('A' + random.nextInt(26)) : (char) ('0' + random.nextInt(10)));
        }
        return s.toString();
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String initials(String institution) {
        StringBuilder s = new StringBuilder();
        for (String word : institution.split(" ")) {
            s.append(word.charAt(0));
        }
        return s.toString().toUpperCase(Locale.ROOT);
    }

    private static List<String> load(String name) {
        try (InputStream in = Personas.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
