package veil.deid.text.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;

/** The per-chunk cache gives exactly the spans of OpenNLP's tokenizer, the first time and when reused. */
class ChunkTokenizerTest {
    @Test
    void cachedChunkSplitsEqualTheTokenizerModelsSpans() {
        TokenizerME model = new TokenizerME(NlpModels.tokens());
        String[] texts = {"Dr. Okafor aware of K 5.9, kayexalate given. I/O +1.2 L.", "propofol 30 mcg/kg/min, RASS -2, PERRL 3 mm.",
                "jt/kb d: 3/14 t: 3/15", "(410) 555-1212 ext. 44; e-mail a.b@c.org!", "He's O'Brien-Smith's son\u00a0\"Bob\" (x) ...",
                "Dr. Okafor aware of K 5.9, kayexalate given. I/O +1.2 L.", "  lead and  trail  ", ""};
        Analyzer a = Analyzer.current();
        for (String t : texts) assertThat(a.tokenizePos(t)).as(t).containsExactly(model.tokenizePos(t));
    }
}
