package io.factline.validation;

/** What a {@link Token} is. Formatting (markdown emphasis, quotes, backticks) produces no token at all. */
enum TokenType {
    /** A figure: digits with optional sign, "$", thousands separators, decimals and a glued suffix. */
    NUMBER,
    /** Letters (with digits, "&", "^", inner apostrophes, "P/E"), possessive "'s" stripped from the lexeme. */
    WORD,
    /** A citation marker: "[F12]", "[F3, F9]"; one token per bracket. */
    MARKER,
    /** A bracket that looks like a citation but is not one: "[0]", "[F]", "[F 12]", an unclosed "[F12". */
    BAD_MARKER,
    /** "2026-03-23", "3/23", "3/23/2026": never a claim. */
    DATE,
    /** "4:00 pm", "16:00": never a claim. */
    TIME,
    URL,
    /** "- ", "* ", "1. ", "2) ", "(3) " at the start of a line. */
    LIST_ITEM,
    /** "#", "##", ... at the start of a line. */
    HEADING,
    COMMA, SEMICOLON, COLON, OPEN_PAREN, CLOSE_PAREN,
    /** A dash that separates clauses: "—", " – ", " - ", "--". */
    DASH,
    /** A hyphen glued between two words or numbers: "30-day", "small-cap", "1.2-1.5". */
    HYPHEN,
    PIPE, PERCENT, TIMES, TILDE, LESS, GREATER, SLASH, OTHER,
    /** ".", "!", "?", "…" that end a sentence (not decimal points, not "vs." and other abbreviations). */
    SENTENCE_END,
    /** A single newline. */
    LINE_BREAK,
    /** One or more blank lines. */
    PARAGRAPH
}
