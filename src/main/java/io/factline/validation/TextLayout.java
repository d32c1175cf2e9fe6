package io.factline.validation;

import java.util.Arrays;
import java.util.List;

/**
 * Sentences and clauses as token ranges. A sentence ends at ".", "!", "?" (citation markers right after
 * the stop still belong to it), at a blank line, a heading or list item, and at a line break unless the
 * next line continues the sentence (starts lower-case or with a marker). Clauses end at ",", ";", ":",
 * dashes and table pipes. Parentheses do not end clauses: "Utilities (XLU) gained 2.90%" is one clause.
 */
final class TextLayout {

    private final int[] sentenceOf;
    private final int[] clauseOf;
    private int[] sentenceStart = new int[16];
    private int[] sentenceFirstClause = new int[16];
    private int[] clauseStart = new int[32];
    private int[] clauseEnd = new int[32];
    private int sentences;
    private int clauses;

    private TextLayout(int tokenCount) {
        sentenceOf = new int[tokenCount];
        clauseOf = new int[tokenCount];
    }

    static TextLayout of(Tokens tokens) {
        TextLayout layout = new TextLayout(tokens.size());
        layout.build(tokens);
        return layout;
    }

    private void build(Tokens tokens) {
        int n = tokens.size();
        openSentence(0);
        for (int i = 0; i < n; i++) {
            switch (tokens.type(i)) {
                case PARAGRAPH, HEADING, LIST_ITEM -> {
                    openSentenceAt(i);
                    assign(i);
                    openSentenceAt(i + 1);
                }
                case LINE_BREAK -> {
                    assign(i);
                    if (!continues(tokens, i + 1)) openSentenceAt(i + 1);
                }
                case SENTENCE_END -> {
                    assign(i);
                    while (i + 1 < n && (tokens.is(i + 1, TokenType.MARKER) || tokens.is(i + 1, TokenType.BAD_MARKER))) {
                        assign(++i);
                    }
                    openSentenceAt(i + 1);
                }
                case COMMA, SEMICOLON, COLON, DASH, PIPE -> {
                    assign(i);
                    openClauseAt(i + 1);
                }
                default -> assign(i);
            }
        }
        clauseEnd[clauses - 1] = n;
    }

    private static boolean continues(Tokens tokens, int next) {
        if (next >= tokens.size()) return false;
        return tokens.is(next, TokenType.MARKER) || tokens.is(next, TokenType.BAD_MARKER)
                || (tokens.is(next, TokenType.WORD) && Character.isLowerCase(tokens.lexeme(next).charAt(0)));
    }

    private void assign(int token) {
        sentenceOf[token] = sentences - 1;
        clauseOf[token] = clauses - 1;
    }

    /** Starts a new sentence at {@code token} unless the current one is still empty. */
    private void openSentenceAt(int token) {
        if (clauseStart[clauses - 1] == token && sentenceStart[sentences - 1] == token) return;
        openSentence(token);
    }

    private void openSentence(int token) {
        if (sentences == sentenceStart.length) {
            sentenceStart = Arrays.copyOf(sentenceStart, sentences * 2);
            sentenceFirstClause = Arrays.copyOf(sentenceFirstClause, sentences * 2);
        }
        sentenceStart[sentences] = token;
        sentenceFirstClause[sentences] = clauses;
        sentences++;
        openClause(token);
    }

    private void openClauseAt(int token) {
        if (clauseStart[clauses - 1] == token) return;
        openClause(token);
    }

    private void openClause(int token) {
        if (clauses > 0) clauseEnd[clauses - 1] = token;
        if (clauses == clauseStart.length) {
            clauseStart = Arrays.copyOf(clauseStart, clauses * 2);
            clauseEnd = Arrays.copyOf(clauseEnd, clauses * 2);
        }
        clauseStart[clauses] = token;
        clauseEnd[clauses] = token;
        clauses++;
    }

    int sentenceOf(int token) {
        return sentenceOf[token];
    }

    int clauseOf(int token) {
        return clauseOf[token];
    }

    int clauseStart(int clause) {
        return clauseStart[clause];
    }

    /** Exclusive. */
    int clauseEnd(int clause) {
        return clauseEnd[clause];
    }

    int sentenceStart(int sentence) {
        return sentenceStart[sentence];
    }

    /** Exclusive. */
    int sentenceEnd(int sentence) {
        return sentence + 1 < sentences ? sentenceStart[sentence + 1] : sentenceOf.length;
    }

    int firstClauseOf(int sentence) {
        return sentenceFirstClause[sentence];
    }

    int sentenceCount() {
        return sentences;
    }
}
