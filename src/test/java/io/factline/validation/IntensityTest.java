package io.factline.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Direction words that state a size ({@link Intensity}). TestSheets.small(): F2 SPY +1.05% on the day,
 * F3 IWM +2.16%, F12 XLE +0.54%, F13 XLV -0.39%, F4 IWM -6.46% over 30 sessions. One-day bands are the
 * template writer's: big from 2%, small below 0.25%.
 */
class IntensityTest {

    private final Validator validator = new Validator();

    private ClaimStatus status(String text) {
        ValidationReport report = validator.validate(TestSheets.small(), text, true);
        assertThat(report.claims()).hasSize(1);
        return report.claims().get(0).status();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Small caps surged 2.16% [F3].",
            "IWM jumped 2.16% [F3], its best day in a while.",
            "Small caps tumbled 6.46% [F4] over the past 30 sessions.",
            "IWM soared 2.16% [F3] as rate-cut bets returned."})
    void should_pass_a_size_word_when_the_move_has_that_size(String text) {
        // given a size word that fits the cited move, when validated, then it is supported
        assertThat(status(text)).isEqualTo(ClaimStatus.SUPPORTED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Energy soared 0.54% [F12].",
            "XLE skyrocketed 0.54% [F12] on the day.",
            "Health care plunged 0.39% [F13].",
            "XLV cratered 0.39% [F13].",
            "Small caps merely edged up 2.16% [F3].",
            "IWM inched higher by 2.16% [F3].",
            "The S&P 500 ETF jumped 1.05% [F2].",
            "Health care edged down 0.39% [F13].",
            "Health care ticked down 0.39% [F13] on the day."})
    void should_flag_wrong_intensity_when_the_size_word_does_not_fit_the_move(String text) {
        // given a size word far from the cited move, when validated, then the claim is wrong_intensity
        assertThat(status(text)).isEqualTo(ClaimStatus.WRONG_INTENSITY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Energy rose 0.54% [F12].", "Health care slipped 0.39% [F13].", "IWM gained 2.16% [F3]."})
    void should_not_judge_size_when_the_verb_states_none(String text) {
        assertThat(status(text)).isEqualTo(ClaimStatus.SUPPORTED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Energy soared today, with XLE up 0.54% [F12].|soared",
            "Health care plunged on the day, and XLV lost 0.39% [F13].|plunged",
            "The S&P 500 ETF edged higher on the session, up 1.05% [F2].|edged higher",
            "Energy rallied sharply; XLE gained 0.54% [F12].|rallied sharply",
            "XLV inched lower, off 0.39% [F13].|inched lower",
            "Energy rallied sharply, rising 0.54% [F12] on the day.|rallied sharply"})
    void should_flag_wrong_intensity_when_a_size_word_without_a_figure_does_not_fit_the_named_move(String text, String word) {
        // given a size word whose clause has no figure, when validated, then it is checked against the named instrument's return
        ValidationReport report = validator.validate(TestSheets.small(), text, true);
        assertThat(report.claims()).anySatisfy(c -> {
            assertThat(c.text()).isEqualTo(word);
            assertThat(c.status()).isEqualTo(ClaimStatus.WRONG_INTENSITY);
            assertThat(c.factIds()).isNotEmpty();
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Small caps surged on the day, with IWM up 2.16% [F3].",
            "Small caps soared, IWM adding 2.16% [F3].",
            "Health care slipped on the day, with XLV off 0.39% [F13]."})
    void should_pass_a_size_word_without_a_figure_when_the_named_move_has_that_size(String text) {
        assertThat(validator.validate(TestSheets.small(), text, true).verdict()).isEqualTo(Verdict.PASS);
    }
}
