package veil.deid.text.detect;

import java.util.List;
import veil.deid.text.Finding;
import veil.deid.text.PhiType;
import veil.deid.text.lexicon.Lexicons;
import veil.deid.text.lexicon.WordList;
import veil.deid.text.nlp.AnalyzedText;
import veil.deid.text.nlp.Analyzer;
import veil.deid.text.nlp.Sentence;

/**
 * Names by their context: after a title (Dr., Mrs.), before a credential (MD, RN, PA-C), after a
 * phrase that introduces a person ("discussed with", "paged", "per", "Attending:", "wife").
 */
public final class NameContextDetector implements Detector {
    private enum Strength { TITLE, STRONG, WEAK }

    private static final int MAX_NAME_TOKENS = 4;

    private final NameCues cues = NameCues.load();
    private final WordList notAfterCue = WordList.resource("/veil/deid/text/not_after_cue.txt");
    private final Lexicons lex;

    public NameContextDetector(Lexicons lex) {
        this.lex = lex;
    }

    @Override
    public void detect(AnalyzedText doc, List<Finding> out) {
        for (Sentence s : doc.sentences()) detect(s, out);
    }

    void detect(Sentence s, List<Finding> out) {
        String[] t = s.raw();
        int n = t.length;
        for (int i = 0; i < n; i++) {
            if (cues.isTitle(t[i]) && !isSentenceWord(t, i)) {
                int j = i + 1;
                if (j < n && t[j].equals(".")) j++;
                Strength titleStrength = commonNounTitle(t, i, j) ? Strength.WEAK : Strength.TITLE;
                // "sister Drew in from Ohio", "SISTER HUNTER IN FROM": a kinship word spelled out (also a title), a listed
                // name that is also a word, then the clause goes on: the kinship cue is strong, as "son" or "wife" are
                if (titleStrength == Strength.WEAK && isStrongPhrase(t, i) && lex.isAnyName(t[j]) && closesRole(t, j + 1)) titleStrength = Strength.STRONG;
                take(s, j, titleStrength, out);
                continue;
            }
            NameCues.Cue cue = cues.phraseAt(t, i);
            if (cue != null) {
                int j = i + cue.words().length;
                boolean field = j < n && (t[j].equals(":") || t[j].equals("-") || t[j].equals("#"));
                if (field) j++;
                Strength strength = switch (cue.kind()) {
                    case STRONG -> Strength.STRONG;
                    case FIELD -> field ? Strength.STRONG : Strength.WEAK;
                    default -> Strength.WEAK;
                };
                // "daughter (Jane) called"
                if (j + 1 < n && t[j].equals("(") && cue.kind() == NameCues.Kind.STRONG) j++;
                // "electronically signed, ann lowry", "his cardiologist, nanwal, who agrees": a name set off by commas
                if (j + 1 < n && t[j].equals(",") && cue.kind() != NameCues.Kind.WEAK && !isCueWord(t, j + 1)) {
                    boolean unknownWord = !lex.isOrdinaryWord(t[j + 1]);
                    if (cue.kind() == NameCues.Kind.STRONG && unknownWord || closesApposition(t, j + 2)) {
                        take(s, j + 1, Strength.STRONG, out);
                        continue;
                    }
                }
                // "Fellow Madden at bedside", "tech Hall aware": a role word, a known name, then the clause goes on
                if (strength == Strength.WEAK && cue.kind() == NameCues.Kind.FIELD && j < n && lex.isAnyName(t[j])
                        && !isCueWord(t, j) && closesRole(t, j + 1)) strength = Strength.STRONG;
                while (j < n && cues.isTitle(t[j])) {
                    j++;
                    if (j < n && t[j].equals(".")) j++;
                    strength = Strength.TITLE;
                }
                take(s, j, strength, out);
            }
            if (i > 0 && cues.isCredential(t[i])) {
                takeBefore(s, i, out);
                // "j. kokdair, md, for ann kragh": a clinician signs for another, whose name follows
                int k = i + 1;
                if (k < n && t[k].equals(",")) k++;
                if (k + 1 < n && t[k].equalsIgnoreCase("for") && SIGNS_FOR.contains(NameShape.norm(t[i]))) take(s, k + 1, Strength.STRONG, out);
            }
        }
    }

    /** Credentials after which "for NAME" names the clinician signed for; not DO, MS, PA (words and states). */
    private static final java.util.Set<String> SIGNS_FOR = java.util.Set.of("md", "m.d", "np", "rn", "r.n", "pa-c", "dnp", "aprn",
            "crna", "fnp", "mbbs", "phd", "ph.d");
    /**
     * Verbs and adverbs that follow a kinship or other strong cue where no name stands ("son will call", "wife also
     * aware", "daughter may visit"): many are in the name lists (Will, May, Can), so in text without capitals they are
     * never taken as a name.
     */
    private static final java.util.Set<String> NOT_NAME_AFTER_CUE = java.util.Set.of("will", "may", "can", "could", "would",
            "should", "must", "shall", "might", "did", "does", "do", "has", "had", "have", "was", "were", "is", "are", "be", "been",
            "also", "just", "not", "then", "now", "still", "again", "already", "back", "here", "there", "too", "today", "tonight",
            "yesterday", "tomorrow", "regarding", "about", "aware", "present", "updated", "agrees", "and", "or", "at", "on", "in",
            "by", "for", "re", "via", "who", "that", "this", "personally", "directly", "earlier", "later", "well", "very");

    private boolean isStrongPhrase(String[] t, int i) {
        NameCues.Cue cue = cues.phraseAt(t, i);
        return cue != null && cue.kind() == NameCues.Kind.STRONG;
    }

    /** Words that end a name set off after a role word: ", nanwal, who", "cardiologist, kast." */
    private static final java.util.Set<String> APPOSITION_END = java.util.Set.of(",", "who", "whom", "WHO", "Who", ".", ";", ")");
    /** Words that continue the clause after "Fellow Madden": a preposition, verb or punctuation, not a noun ("fellow travellers"). */
    private static final java.util.Set<String> ROLE_CLAUSE = java.util.Set.of(",", ".", ";", "(", "at", "aware", "is", "was", "here",
            "present", "called", "notified", "paged", "informed", "who", "to", "in", "updated", "agrees", "reports", "states");

    private static boolean closesApposition(String[] t, int k) {
        return k >= t.length || APPOSITION_END.contains(t[k]);
    }

    private static boolean closesRole(String[] t, int k) {
        return k >= t.length || ROLE_CLAUSE.contains(t[k].toLowerCase(java.util.Locale.ROOT));
    }

    /** A word that starts a cue or title is no name ("wife, son and daughter"). */
    private boolean isCueWord(String[] t, int k) {
        return cues.isTitle(t[k]) || cues.phraseAt(t, k) != null || cues.isCredential(t[k]);
    }

    /** "Nurse", "Sister", "Father" spelled out before an ordinary word ("NURSE LINE 443-...") are common nouns, not titles. */
    private boolean commonNounTitle(String[] t, int i, int j) {
        return j < t.length && t[i].length() > 3 && !t[i].endsWith(".") && lex.isOrdinaryWord(t[j]) && !lex.isUnambiguousName(t[j]);
    }

    /** "Doctor" or "Nurse" used as a common noun at the start ("Nurse at bedside") is no title. */
    private boolean isSentenceWord(String[] t, int i) {
        return i + 1 < t.length && !NameShape.isNameWord(t[i + 1]) && !t[i + 1].equals(".");
    }

    private boolean acceptsFirst(Sentence s, int j, Strength strength) {
        String tok = s.raw()[j];
        boolean shouted = !tok.equals(s.tokens()[j]);
        if (NameShape.isInitial(tok)) return strength != Strength.WEAK;
        // a surname written in lower case in mixed text ("seen by healey", "spoke with kelly"): after a
        // strong cue only, and never an ordinary, medical or report word
        if (NameShape.isLowerWord(tok)) return strength != Strength.WEAK && tok.length() >= 3 && !notAfterCue.contains(tok)
                && !lex.isOrdinaryWord(tok) && !lex.usStates.contains(tok);
        if (!NameShape.isNameWord(tok) || notAfterCue.contains(tok)) return false;
        // "SON WILL CALL", "son will call" (re-cased): no capitals say Will is a name here
        if (shouted && NOT_NAME_AFTER_CUE.contains(tok.toLowerCase(java.util.Locale.ROOT))) return false;
        // "Dr. Clear" is a name, "SR Features" is not: an ordinary word must at least be a known name
        if (strength != Strength.WEAK) return !lex.isOrdinaryWord(tok) || lex.isAnyName(tok);
        // "from Rome", "with Rome criteria": after a weak cue a place name is no person's
        if (strength == Strength.WEAK && lex.places.contains(tok) && !lex.firstNames.contains(tok)) return false;
        // "came up from Kenya": nor is a country
        if (strength == Strength.WEAK && lex.countries.contains(tok)) return false;
        // in a shouted line every word looks like a name: a weak cue then needs a known name
        if (shouted) return lex.isAnyName(tok) && !lex.isOrdinaryWord(tok);
        if (!lex.isOrdinaryWord(tok) || lex.isUnambiguousName(tok)) return true;
        // a capitalised ordinary word mid-sentence after a weak cue ("signed by Vigor"): ask the tagger,
        // which is rare enough to afford
        return j > 0 && !NameShape.isAllCaps(tok) && lex.isAnyName(tok) && !lex.notNames.contains(tok) && "PROPN".equals(Analyzer.current().tag(s)[j]);
    }

    /** A further part of the name; an ordinary word only as the other half of a first-last pair ("Ann Brown", "Brown John"). */
    private boolean acceptsNext(String tok, String previous, String beforePrevious, int count, boolean shouted, Strength strength) {
        if (NameShape.isInitial(tok)) return true;
        // after a strong cue, a second lower-case word that is no ordinary word ("signed by ann lowry")
        if (NameShape.isLowerWord(tok)) return NameShape.isLowerWord(previous) && !lex.isOrdinaryWord(tok)
                && (lex.isAnyName(tok) || strength != Strength.WEAK && tok.length() >= 3 && !notAfterCue.contains(tok));
        if (!NameShape.isNameWord(tok) || notAfterCue.contains(tok) || cues.isCredential(tok)) return false;
        if (!lex.isOrdinaryWord(tok)) return true;
        // "DR. W. THRILL", "PT: L. TATA" (shouted or lower case): after an initial a listed surname completes the name,
        // though it is also a word
        if (shouted && count == 1 && strength != Strength.WEAK && previous.equals(".") && NameShape.isInitial(beforePrevious))
            return tok.length() >= 3 && lex.lastNames.contains(tok) && !lex.medicalWords.contains(tok) && !isPlainWordAfterName(tok);
        // "ATTENDING JANNA LIONS", "GIVEN TO TOBY GAMMA ON": after a weak cue, a first name no word can be and a listed
        // surname that is also a word
        if (shouted && count == 1 && strength == Strength.WEAK) return tok.length() >= 3 && lex.firstNamesUnambiguous.contains(previous)
                && lex.lastNames.contains(tok) && !lex.medicalWords.contains(tok) && !isPlainWordAfterName(tok);
        // "SON RILEY DREW CALLED": after a strong cue, a surname that is also a word completes a known first name
        // "md, for lenna warren", "SPOKE WITH SAMELLA DROUGHT": the first word is no word at all (a made-up or rare name)
        if (shouted && count == 1 && strength != Strength.WEAK) return tok.length() >= 3 && lex.lastNames.contains(tok)
                && (lex.firstNames.contains(previous) || !lex.isOrdinaryWord(previous) && !lex.isAnyName(previous)) && !isPlainWordAfterName(tok);
        // without capitals as evidence ("SPOKE WITH KELLY RE PLAN") an ordinary word ends the name
        if (count != 1 || shouted) return false;
        return lex.lastNames.contains(tok) && (lex.firstNames.contains(previous) || NameShape.isInitial(previous))
                || lex.firstNames.contains(tok) && lex.lastNames.contains(previous);
    }

    private void take(Sentence s, int j, Strength strength, List<Finding> out) {
        String[] t = s.raw();
        int n = t.length;
        if (j >= n || !acceptsFirst(s, j, strength)) return;
        int k = j + 1;
        int count = 1;
        while (k < n && count < MAX_NAME_TOKENS) {
            if (t[k].equals(".") && NameShape.isInitial(t[k - 1] + ".")) { k++; continue; }
            if (acceptsNext(t[k], t[k - 1], k >= 2 ? t[k - 2] : "", count, !t[k].equals(s.tokens()[k]), strength)) { k++; count++; continue; }
            if (lex.nameParticles.contains(t[k]) && k + 1 < n && NameShape.isNameWord(t[k + 1])) { k += 2; count += 2; continue; }
            // "SMITH, JOHN" and "Smith, John": a comma, then a known first name or a word that is no ordinary one
            if (t[k].equals(",") && k + 1 < n && count == 1 && NameShape.isNameWord(t[k + 1])
                    && (lex.firstNames.contains(t[k + 1]) || !lex.isOrdinaryWord(t[k + 1]))
                    && !notAfterCue.contains(t[k + 1]) && !cues.isCredential(t[k + 1]) && !lex.usStates.contains(t[k + 1])) { k += 2; count++; continue; }
            break;
        }
        double conf = strength == Strength.WEAK ? 0.8 : 0.95;
        out.add(new Finding(s.tokenStarts()[j], s.tokenEnds()[k - 1], PhiType.NAME, conf, "context:" + strength.name().toLowerCase()));
    }

    /** A word that, after a name, goes on with the sentence rather than the name ("kelly today", "smith also"). */
    private boolean isPlainWordAfterName(String tok) {
        return NOT_NAME_AFTER_CUE.contains(tok.toLowerCase(java.util.Locale.ROOT)) || notAfterCue.contains(tok) || cues.isCredential(tok);
    }

    private void takeBefore(Sentence s, int credential, List<Finding> out) {
        String[] t = s.raw();
        int k = credential - 1;
        boolean comma = t[k].equals(",");
        if (comma) k--;
        int end = k;
        int count = 0;
        boolean proper = false;
        // "Per Vajnar, NP": the name stops at a cue word
        while (k >= 0 && count < MAX_NAME_TOKENS
                && (NameShape.isInitial(t[k]) || (NameShape.isNameWord(t[k]) && !notAfterCue.contains(t[k]) && !isCueWord(t, k)))) {
            if (!lex.isOrdinaryWord(t[k]) || lex.isUnambiguousName(t[k])) proper = true;
            k--;
            count++;
        }
        // a sign-off line "Mason, RN" / "SMALL, RN": the line is only the name and the credential
        boolean signOffLine = comma && count == 1 && k < 0 && (credential == t.length - 1 || credential == t.length - 2 && t[t.length - 1].equals("."))
                && lex.isAnyName(t[end]);
        // "Per Leaf, NP", "PER DUCK, NP": a cue before and a credential after; the one word between is a name that is also a word
        boolean betweenCueAndCredential = comma && count == 1 && k >= 0 && isCueWord(t, k) && lex.isAnyName(t[end])
                && !lex.medicalWords.contains(t[end]);
        if (count == 0 || !(proper || comma && count >= 2 || signOffLine || betweenCueAndCredential)) return;
        out.add(new Finding(s.tokenStarts()[k + 1], s.tokenEnds()[end], PhiType.NAME, 0.9, "context:credential"));
    }
}
