package io.factline.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Numbers written in words ({@link NumberWords}) and superlatives in time ({@link RecordWords}).
 * TestSheets.small(): F2 SPY +1.05% on the day, F3 IWM +2.16%, F12 XLE +0.54%, F13 XLV -0.39%, F7 IWM
 * +1.11 pp ahead of SPY, F16 SPY close 655.38.
 */
class NumbersInWordsAndRecordsTest {

    private final Validator validator = new Validator();

    private ValidationReport validate(String text) {
        return validator.validate(TestSheets.small(), text, true);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Small caps rose two percent [F3] on the day.",
            "IWM gained roughly two per cent [F3].",
            "The S&P 500 ETF added one percent [F2].",
            "Energy rose half a percent [F12].",
            "Health care slipped about four-tenths of a percent [F13].",
            "IWM beat SPY by a percentage point [F7].",
            "Small caps led by about one percentage point [F7]."})
    void should_pass_a_number_in_words_when_the_cited_fact_rounds_to_it(String text) {
        assertThat(validate(text).verdict()).isEqualTo(Verdict.PASS);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "SPY dropped almost four percent [F2].",
            "Small caps rose three percent [F3] on the day.",
            "Energy rose a quarter of a percent [F12].",
            "Health care slipped three-quarters of a percent [F13].",
            "IWM beat SPY by two percentage points [F7].",
            "Small caps posted a double-digit gain [F3]."})
    void should_flag_a_number_in_words_when_the_cited_fact_does_not_round_to_it(String text) {
        ValidationReport r = validate(text);
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.claims()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(ClaimStatus.MISMATCH));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"One of the funds rose.", "Two sectors stood out.", "Double-digit gains are rare in a week."})
    void should_read_no_figure_when_number_words_have_no_unit_or_subject(String text) {
        assertThat(validate(text).claims()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The S&P 500 ETF closed at a record high of 655.38 [F16].",
            "SPY finished at 655.38 [F16], an all-time high.",
            "Small caps rose 2.16% [F3], their third straight session of gains.",
            "It was the best day for small caps since March, up 2.16% [F3].",
            "The S&P 500 ETF extended its winning streak with a 1.05% gain [F2]."})
    void should_fail_a_record_or_streak_when_no_fact_states_it(String text) {
        ValidationReport r = validate(text);
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.claims()).anySatisfy(c -> assertThat(c.status()).isEqualTo(ClaimStatus.UNSUPPORTED))
                .anySatisfy(c -> assertThat(c.message()).contains("no fact of the sheet states a record"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Small caps rose 2.16% [F3], the best showing of the day.", "SPY closed at 655.38 [F16]."})
    void should_pass_prose_with_no_record_when_it_states_none(String text) {
        assertThat(validate(text).verdict()).isEqualTo(Verdict.PASS);
    }
}
