package veil.qa.review.app;

import java.util.List;
import veil.qa.review.ReviewExport;

/** The two kinds of sample the app serves, each with its verdict words and their keyboard shortcuts. */
public enum SampleKind {
    SPOT_CHECK(ReviewExport.SPOT_CHECK, List.of(new Choice("pass", "Pass", 'p'), new Choice("fail", "Fail", 'f'))),
    LABEL(ReviewExport.LABEL, List.of(new Choice("correct", "Correct", 'c'), new Choice("wrong", "Wrong", 'w'),
            new Choice("unsure", "Unsure", 'u')));

    /** A verdict word, its button text and its key. */
    public record Choice(String verdict, String text, char key) {}

    public final String id;
    public final List<Choice> choices;

    SampleKind(String id, List<Choice> choices) {
        this.id = id;
        this.choices = choices;
    }

    public boolean accepts(String verdict) {
        return choices.stream().anyMatch(c -> c.verdict().equals(verdict));
    }
}
