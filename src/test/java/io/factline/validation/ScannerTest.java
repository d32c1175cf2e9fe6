package io.factline.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScannerTest {

    private static List<Token> scan(String text) {
        return new Scanner(text).scan().toList();
    }

    private static Token first(String text, TokenType type) {
        return scan(text).stream().filter(t -> t.is(type)).findFirst().orElseThrow(() -> new AssertionError("no " + type + " in " + text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // text       | magnitude | sign | currency | suffix  | start | end
            "+2.16%       | 2.16      | 1    | false    |         | 0     | 5",
            "-1.33%       | 1.33      | -1   | false    |         | 0     | 5",
            "−1.33%       | 1.33      | -1   | false    |         | 0     | 5",
            "–1.33%       | 1.33      | -1   | false    |         | 0     | 5",
            "6,581.00     | 6581.00   | 0    | false    |         | 0     | 8",
            "1,234,567    | 1234567   | 0    | false    |         | 0     | 9",
            "$655.38      | 655.38    | 0    | true     |         | 0     | 7",
            "-$1.20       | 1.20      | -1   | true     |         | 0     | 6",
            "78.75M       | 78.75     | 0    | false    | MILLION | 0     | 6",
            "6.02bn       | 6.02      | 0    | false    | BILLION | 0     | 6",
            "4.5K         | 4.5       | 0    | false    | THOUSAND| 0     | 4",
            "1.86x        | 1.86      | 0    | false    | TIMES   | 0     | 5",
            "18.1x        | 18.1      | 0    | false    | TIMES   | 0     | 5",
            "25bps        | 25        | 0    | false    | BPS     | 0     | 5",
            "0.5pp        | 0.5       | 0    | false    | PP      | 0     | 5",
            ".5           | 0.5       | 0    | false    |         | 0     | 2",
            "23rd         | 23        | 0    | false    | ORDINAL | 0     | 4",
    })
    void should_read_magnitude_sign_currency_and_suffix_when_a_number_form_is_scanned(String text, String magnitude,
            int sign, boolean currency, String suffix, int start, int end) {
        Token t = first(text, TokenType.NUMBER);

        assertThat(t.number().magnitude()).isEqualTo(new BigDecimal(magnitude));
        assertThat(t.number().sign()).isEqualTo(sign);
        assertThat(t.number().currency()).isEqualTo(currency);
        assertThat(t.number().suffix()).isEqualTo(suffix == null ? null : Suffix.valueOf(suffix));
        assertThat(t.start()).isEqualTo(start);
        assertThat(t.end()).isEqualTo(end);
    }

    @Test
    void should_keep_written_decimals_when_trailing_zeros_are_written() {
        assertThat(first("6,581.00", TokenType.NUMBER).number().decimals()).isEqualTo(2);
        assertThat(first("26.0x", TokenType.NUMBER).number().decimals()).isEqualTo(1);
        assertThat(first("1,000", TokenType.NUMBER).number().decimals()).isZero();
    }

    @Test
    void should_scan_percent_and_scale_words_as_separate_tokens_when_spaced() {
        List<Token> tokens = scan("2.16 % and 78.75 million shares");

        assertThat(tokens).extracting(Token::type).containsExactly(TokenType.NUMBER, TokenType.PERCENT, TokenType.WORD,
                TokenType.NUMBER, TokenType.WORD, TokenType.WORD);
        assertThat(tokens.get(4).key()).isEqualTo("million");
    }

    @Test
    void should_not_take_a_hyphen_as_a_sign_when_it_is_glued_to_a_word_or_number() {
        List<Token> tokens = scan("30-day 1.2-1.5 small-cap");

        assertThat(tokens).extracting(Token::type).containsExactly(TokenType.NUMBER, TokenType.HYPHEN, TokenType.WORD,
                TokenType.NUMBER, TokenType.HYPHEN, TokenType.NUMBER, TokenType.WORD, TokenType.HYPHEN, TokenType.WORD);
        assertThat(tokens.get(5).number().sign()).isZero();
    }

    @Test
    void should_not_group_digits_when_a_comma_is_followed_by_a_space_or_fewer_than_three_digits() {
        List<Token> tokens = scan("MACD (12, 26) and 12,26");

        assertThat(tokens.stream().filter(t -> t.is(TokenType.NUMBER)).map(t -> t.number().magnitude().intValue()))
                .containsExactly(12, 26, 12, 26);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"2026-03-23|DATE", "3/23/2026|DATE", "3/23|DATE", "4:00 pm|TIME", "16:00|TIME",
            "9:30 a.m.|TIME"})
    void should_scan_dates_and_clock_times_as_one_token_when_written_with_digits(String text, TokenType type) {
        List<Token> tokens = scan(text);

        assertThat(tokens).hasSize(1);
        assertThat(tokens.get(0).type()).isEqualTo(type);
        assertThat(tokens.get(0).end()).isEqualTo(text.length());
    }

    @Test
    void should_read_fact_ids_when_markers_are_single_in_a_row_or_in_one_bracket() {
        List<Token> markers = scan("[F12] [F3][F9] [F3, F9] [f4]").stream().filter(t -> t.is(TokenType.MARKER)).toList();

        assertThat(markers).extracting(Token::ids).containsExactly(List.of("F12"), List.of("F3"), List.of("F9"),
                List.of("F3", "F9"), List.of("f4"));
        assertThat(markers.get(3).start()).isEqualTo(15);
        assertThat(markers.get(3).end()).isEqualTo(23);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"[0]", "[F]", "[F 12]", "[^1]", "'[Source: F12]'", "(F12)", "[]"})
    void should_scan_a_malformed_marker_when_a_bracket_looks_like_a_citation_but_is_not_one(String text) {
        assertThat(scan(text)).extracting(Token::type).containsExactly(TokenType.BAD_MARKER);
    }

    @Test
    void should_scan_an_unclosed_marker_as_malformed_when_the_bracket_never_closes() {
        Token t = first("rose [F12 today", TokenType.BAD_MARKER);

        assertThat(t.lexeme()).isEqualTo("[F12");
    }

    @Test
    void should_leave_ordinary_brackets_and_links_as_text_when_they_hold_no_citation() {
        List<Token> tokens = scan("[sic] see [the report](http://x.io/a1)");

        assertThat(tokens).noneMatch(t -> t.is(TokenType.MARKER) || t.is(TokenType.BAD_MARKER));
        assertThat(tokens).anyMatch(t -> t.is(TokenType.URL) && t.lexeme().equals("http://x.io/a1"));
    }

    @Test
    void should_mark_list_numbering_and_bullets_when_they_start_a_line() {
        List<Token> tokens = scan("1. IWM rose\n2) SPY fell\n- XLE\n## 3. Outlook\n1.5% is a number");

        assertThat(tokens.stream().filter(t -> t.is(TokenType.LIST_ITEM)).map(Token::lexeme)).containsExactly("1.", "2)", "-", "3.");
        assertThat(tokens).anyMatch(t -> t.is(TokenType.HEADING));
        assertThat(tokens).anyMatch(t -> t.is(TokenType.NUMBER) && t.lexeme().equals("1.5"));
    }

    @Test
    void should_strip_the_possessive_and_keep_symbols_and_ampersands_when_scanning_words() {
        List<Token> words = scan("SPY’s ^GSPC S&P P/E don't").stream().filter(t -> t.is(TokenType.WORD)).toList();

        assertThat(words).extracting(Token::lexeme).containsExactly("SPY", "^GSPC", "S&P", "P/E", "don't");
        assertThat(words.get(0).possessive()).isTrue();
    }

    @Test
    void should_not_end_a_sentence_when_the_dot_belongs_to_vs_or_an_initialism() {
        List<Token> tokens = scan("IWM vs. SPY in the U.S. markets. Next");

        assertThat(tokens.stream().filter(t -> t.is(TokenType.SENTENCE_END))).hasSize(1);
        assertThat(tokens).anyMatch(t -> t.is(TokenType.WORD) && t.lexeme().equals("US"));
    }

    @Test
    void should_make_one_word_when_letters_glued_to_digits_are_no_known_suffix() {
        List<Token> tokens = scan("5G 10Y");

        assertThat(tokens).extracting(Token::type).containsExactly(TokenType.WORD, TokenType.WORD);
    }

    @Test
    void should_separate_paragraphs_from_line_breaks_when_blank_lines_follow() {
        List<Token> tokens = scan("a\nb\n\n\nc");

        assertThat(tokens).extracting(Token::type).containsExactly(TokenType.WORD, TokenType.LINE_BREAK, TokenType.WORD,
                TokenType.PARAGRAPH, TokenType.WORD);
    }

    @Test
    void should_give_every_case_of_a_word_one_key_and_the_lexicon_bits_of_that_key() {
        // given a text with words in several cases, a direction word among them
        List<Token> words = scan("Energy fell. ENERGY fell, energy fell and Energy rose.").stream()
                .filter(t -> t.is(TokenType.WORD)).toList();

        // then each occurrence has its own lexeme, every one the same key, and the bits follow the key
        assertThat(words).extracting(Token::lexeme).containsExactly("Energy", "fell", "ENERGY", "fell", "energy", "fell",
                "and", "Energy", "rose");
        assertThat(words).extracting(Token::key).containsExactly("energy", "fell", "energy", "fell", "energy", "fell",
                "and", "energy", "rose");
                assertThat(words).filteredOn(t -> t.key().equals("fell")).allMatch(t -> t.has(Lexicon.DOWN) && !t.has(Lexicon.UP));
        assertThat(words.get(8).has(Lexicon.UP)).isTrue();
        assertThat(words.get(0).flags()).isZero();
    }

    @Test
    void should_scan_numbers_exactly_when_they_have_more_digits_than_a_long_holds() {
        // when a number of 22 digits is scanned
        Token t = first("volume 1234567890123456789.012 shares", TokenType.NUMBER);

        // then its magnitude keeps every digit and the written scale
        assertThat(t.number().magnitude()).isEqualByComparingTo(new BigDecimal("1234567890123456789.012"));
        assertThat(t.number().decimals()).isEqualTo(3);
    }

    @Test
    void should_keep_every_word_apart_when_a_text_has_many_distinct_words() {
        // given 1,000 distinct capitalised words, each written twice
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1000; i++) text.append("Word").append(Integer.toString(i, 26).replace('0', 'z')).append(' ');
        String once = text.toString();

        // when scanned
        List<Token> words = scan(once + once);

        // then every word keeps its own lexeme and key, and the second occurrence has the first one's key
        assertThat(words).hasSize(2000);
        for (int i = 0; i < 1000; i++) {
            Token first = words.get(i), second = words.get(i + 1000);
            assertThat(first.lexeme()).isEqualTo(once.substring(first.start(), first.end()));
            assertThat(first.key()).isEqualTo(first.lexeme().toLowerCase(java.util.Locale.ROOT));
            assertThat(second.key()).isEqualTo(first.key());
        }
    }
}
