package veil.deid.text.lexicon;

/**
 * The word lists the name detectors use, loaded once per process. Names come from the pyDeid lists
 * (US Census based); ordinary and medical words keep precision.
 */
public final class Lexicons {
    private static final String DIR = "/veil/deid/text/lexicons/";
    private static final String OWN = "/veil/deid/text/";

    /** First names that are rarely ordinary words. */
    public final WordList firstNamesUnambiguous;
    /** Surnames that are rarely ordinary words. */
    public final WordList lastNamesUnambiguous;
    public final WordList firstNames;
    public final WordList lastNames;
    /** Ordinary English words, lower case in the source. */
    public final WordList commonWords;
    /**
     * Clinical abbreviations, drug names, findings and devices (GTT, HEPARIN, SYNCOPE): ordinary words
     * in any casing, so that a shouted or lower-case note does not turn them into names.
     */
    public final WordList medicalWords;
    /** Eponyms and medical words that look like names but are not identifiers. */
    public final WordList notNames;
    /** Multi-word medical phrases containing eponyms (Down syndrome, Swan-Ganz catheter). */
    public final WordList medicalPhrases;
    public final WordList hospitalAcronyms;
    public final WordList nameParticles;
    /** Cities and towns (the built-in list and GeoNames). */
    public final WordList places;
    /** US states and postal codes: not identifiers on their own. */
    public final WordList usStates;
    /** Countries and continents: like a state, not identifiers on their own. */
    public final WordList countries;

    private Lexicons() {
        firstNames = WordList.resource(DIR + "all_first_names.txt");
        lastNames = WordList.resource(DIR + "all_last_names.txt");
        medicalWords = WordList.ofWords(java.util.stream.Stream.of("abbreviations.txt", "drugs.txt", "findings.txt")
                .flatMap(f -> WordList.resource(OWN + "medical/" + f).originals().stream())
                .flatMap(line -> java.util.Arrays.stream(line.split("[\\s/]+"))).toList());
        commonWords = WordList.union(WordList.resource(DIR + "common_words.txt"),
                WordList.resource(OWN + "report_words.txt"), WordList.resource(DIR + "scowl_words.txt"), medicalWords);
        notNames = WordList.resource(OWN + "not_names.txt");
        medicalPhrases = WordList.union(WordList.resource(DIR + "medical_phrases.txt"),
                WordList.resource(OWN + "eponym_phrases.txt"));
        firstNamesUnambiguous = WordList.union(WordList.resource(DIR + "female_names_unambig_v2.txt"),
                WordList.resource(DIR + "male_names_unambig_v2.txt")).minus(commonWords).minus(notNames);
        lastNamesUnambiguous = WordList.resource(DIR + "last_names_unambig_v2.txt").minus(commonWords).minus(notNames);
        hospitalAcronyms = WordList.resource(DIR + "hospital_acronyms.txt");
        nameParticles = WordList.resource(DIR + "prefixes_unambig.txt");
        usStates = WordList.resource(OWN + "us_states.txt");
        countries = WordList.resource(OWN + "places/countries.txt");
        places = WordList.union(WordList.resource(OWN + "cities.txt"), WordList.resource(OWN + "places/geonames_cities.txt"));
    }

    private static final class Holder {
        static final Lexicons INSTANCE = new Lexicons();
    }

    public static Lexicons shared() {
        return Holder.INSTANCE;
    }

    public boolean isUnambiguousName(String token) {
        return firstNamesUnambiguous.contains(token) || lastNamesUnambiguous.contains(token);
    }

    public boolean isAnyName(String token) {
        return firstNames.contains(token) || lastNames.contains(token);
    }

    /** An ordinary or eponym word, plurals included ("Templates", "Features"). */
    public boolean isOrdinaryWord(String token) {
        if (commonWords.contains(token) || notNames.contains(token)) return true;
        int n = token.length();
        if (n > 4 && (token.charAt(n - 1) == 's' || token.charAt(n - 1) == 'S')) {
            String singular = token.substring(0, n - 1);
            return commonWords.contains(singular) && !lastNames.contains(token);
        }
        return false;
    }
}
