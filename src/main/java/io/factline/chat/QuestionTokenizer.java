package io.factline.chat;

import java.util.ArrayList;
import java.util.List;
import io.factline.validation.Words;

/**
 * A question's {@link Word}s, read by the project's one tokenizer, the validator's scanner
 * ({@link io.factline.validation.Words}): hyphens and white space separate words ("small-cap" is "small"
 * "cap", "30-day" is "30" "day") except inside a date ("2026-03-23"); "/" joins letters ("P/E") and digits
 * ("3/23" is a date); "&" and "^" belong to names ("S&P", "^GSPC"); a dotted ticker stays one word
 * ("BRK.B"); a possessive "'s" is left out of the key.
 */
final class QuestionTokenizer {

    private QuestionTokenizer() {
    }

    static List<Word> tokenize(String text) {
        List<Word> words = new ArrayList<>();
        for (Words.Scanned w : Words.of(text)) {
            words.add(new Word(Word.Kind.valueOf(w.kind().name()), w.text(), w.key(), w.start()));
        }
        return words;
    }
}
