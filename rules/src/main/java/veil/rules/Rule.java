package veil.rules;

/**
 * One profile rule: which attributes (a tag pattern or a private creator pattern), under which header
 * condition, get which action; {@code source} says where it came from (file and line, or the table).
 */
public record Rule(TagPattern tag, PrivateTagPattern privateTag, Condition when, Action action, String source) {

    public Rule {
        if ((tag == null) == (privateTag == null)) throw new IllegalArgumentException("a rule names a tag or a private tag");
    }

    public String target() {
        if (privateTag != null) return privateTag.toString();
        return tag.isExact() ? StandardDictionary.get().describe(tag.value()) + " " + tag : tag.toString();
    }
}
