package io.factline.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.facts.FactSheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules of issue 12 on the bundled data's sheet for Monday 2026-03-23, each in both directions:
 * the honest sentence passes, the wrong one fails with the status that names what is wrong. Figures:
 * F14 SPY +1.05% (1 day), F25 IWM +2.16%, F26 IWM -6.46% (30 days), F27 IWM volatility 1.26%, F52 XLV
 * -0.39%, F60 XLP -0.14%, F69 XLB -7.28% (30 days), F97 XLI -5.58%, F79 XLK -2.84%, F36 XLE +0.54%,
 * F88 XLF +0.39%, F13 SPY close 655.38, F17 SPY volume 134.80 million, F23 SPY P/E 26.00.
 */
class ReadingCommentaryTest {

    static final FactSheet SHEET = TestSheets.bundled();
    final Validator validator = new Validator();

    /** The status of the first claim that is not supported, or SUPPORTED when the text passes. */
    ClaimStatus verdictOf(String text) {
        ValidationReport r = validator.validate(SHEET, text, true);
        return r.claims().stream().map(Claim::status).filter(s -> s != ClaimStatus.SUPPORTED).findFirst()
                .orElse(r.verdict() == Verdict.PASS ? ClaimStatus.SUPPORTED : null);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "IWM's 30-day volatility stands at 1.26% [F27].                 | SUPPORTED",
            "IWM gained 1.26% over 30 sessions [F27].                       | WRONG_METRIC",
            "IWM's volatility of 2.16% [F25] stands out.                    | WRONG_METRIC",
            "Daily moves of 1.26% [F27] are typical for IWM lately.         | SUPPORTED",
            "SPY closed at 655.38 [F13], a gain of 1.05% [F14] on the day.   | SUPPORTED",
            "SPY closed at 1.05% [F14].                                     | SUPPORTED",   // a close is never a percent: the move
            "SPY trades at 26.00 times earnings [F23].                      | SUPPORTED",
            "SPY's volume was 134.80 million shares [F17].                  | SUPPORTED",
            "SPY changed hands 134.80 million times [F17].                  | SUPPORTED",
            "The volatility of daily returns for IWM was 1.26% [F27].       | SUPPORTED",
            "IWM's volatility climbed to 1.26% [F27].                       | SUPPORTED",
    })
    void should_read_the_measure_from_the_words_of_the_clause(String text, ClaimStatus expected) {
        assertThat(verdictOf(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Health care was off 0.39% [F52] on the day.                    | SUPPORTED",
            "Health care gave back 0.39% [F52] on the day.                  | SUPPORTED",
            "XLV pulled back 0.39% [F52] on the day.                        | SUPPORTED",
            "XLV sold off, shedding 0.39% [F52].                            | SUPPORTED",
            "XLV finished in the red, down 0.39% [F52].                     | SUPPORTED",
            "XLV finished in the green, up 0.39% [F52].                     | WRONG_SIGN",
            "XLV tacked on 0.39% [F52].                                     | WRONG_SIGN",
            "IWM tacked on 2.16% [F25].                                     | SUPPORTED",
            "IWM skidded 2.16% [F25].                                       | WRONG_SIGN",
            "IWM edged lower, slipping 2.16% [F25].                         | WRONG_SIGN",
    })
    void should_read_every_inflection_and_phrasing_of_direction(String text, ClaimStatus expected) {
        assertThat(verdictOf(text)).isEqualTo(expected);
    }
}
