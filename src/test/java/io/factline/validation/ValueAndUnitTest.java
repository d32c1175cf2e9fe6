package io.factline.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The value rule (written decimals, approximators, comparators) and the unit rule. */
class ValueAndUnitTest {

    private final Validator validator = new Validator();

    private ClaimStatus status(String text) {
        ValidationReport report = validator.validate(TestSheets.small(), text);
        assertThat(report.claims()).hasSize(1);
        return report.claims().get(0).status();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "XLV's 30-day return was 1.2% [F17].                 | SUPPORTED",   // 1.2 supports 1.17
            "XLV's 30-day return was 1.17% [F17].                | SUPPORTED",
            "XLV's 30-day return was 1.170% [F17].               | SUPPORTED",
            "XLV's 30-day return was 1.175% [F17].               | MISMATCH",    // three decimals: ±0.0005
            "XLV's 30-day return was 1.18% [F17].                | MISMATCH",
            "IWM traded 1.87x its average [F6].                  | SUPPORTED",   // 1.8657 rounds to 1.87
            "IWM traded 1.86x its average [F6].                  | MISMATCH",    // 1.86 does not support 1.8657
            "IWM traded 1.9x its average [F6].                   | SUPPORTED",
            "IWM traded 2x its average [F6].                     | SUPPORTED",
            "IWM rose 2.2% [F3].                                 | SUPPORTED",
            "IWM rose 2.3% [F3].                                 | MISMATCH",
            "IWM rose 2.1% [F3].                                 | MISMATCH",    // 2.159 is 0.059 away
            "IWM rose about 2.2% [F3].                           | SUPPORTED",   // a hedge rounds, no wider
            "IWM rose about 2.1% [F3].                           | MISMATCH",    // 2.159 does not round to 2.1
            "IWM rose roughly 2% [F3].                           | SUPPORTED",
            "IWM rose ~2.1% [F3].                                | MISMATCH",
            "IWM rose about 3% [F3].                             | MISMATCH",    // about 3% needs 2.5-3.5
            "IWM rose nearly 2.2% [F3].                          | SUPPORTED",   // below and rounding to it
            "IWM rose nearly 2.3% [F3].                          | MISMATCH",
            "IWM rose nearly 2% [F3].                            | MISMATCH",    // 2.159 is not below 2
            "IWM rose more than 2% [F3].                         | SUPPORTED",   // 2 < v <= 3
            "IWM rose more than 1.9% [F3].                       | SUPPORTED",
            "IWM rose more than 1.4% [F3].                       | MISMATCH",    // true but loose past 1.5x
            "IWM rose more than 2.2% [F3].                       | MISMATCH",
            "IWM rose less than 2.5% [F3].                       | SUPPORTED",
            "IWM rose less than 2% [F3].                         | MISMATCH",
            "IWM rose at least 2.15% [F3].                       | SUPPORTED",
            "IWM traded over 70 million shares [F5].             | SUPPORTED",
            "IWM traded over 78.75 billion shares [F5].          | MISMATCH",
            "IWM traded over 6.02 million shares [F5].           | MISMATCH",    // 78.75 million is 13 times that
            "IWM traded 78.75 million shares [F5].               | SUPPORTED",
            "IWM traded 78.7 million shares [F5].                | SUPPORTED",   // ±0.05 million
            "IWM traded 78.6 million shares [F5].                | MISMATCH",
            "IWM traded about 79 million shares [F5].            | SUPPORTED",
            "IWM traded 78.75 billion shares [F5].               | MISMATCH",
            "The S&P 500 closed at 6,581.00 [F1].                | SUPPORTED",
            "The S&P 500 closed at 6,581.00 points [F1].         | SUPPORTED",
            "The S&P 500 closed at 6,581 [F1].                   | SUPPORTED",
            "The S&P 500 closed at 6,582 [F1].                   | MISMATCH",
    })
    void should_apply_the_value_rule_in_the_written_precision(String text, ClaimStatus expected) {
        assertThat(status(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "SPY trades at 26.0x earnings [F11].        | SUPPORTED",   // a P/E written as a multiple
            "SPY trades at a P/E of 26.00 [F11].        | SUPPORTED",
            "SPY trades at a P/E of $26.00 [F11].       | WRONG_UNIT",  // a P/E is no dollar amount
            "SPY closed at $655.38 [F16].               | SUPPORTED",
            "SPY closed at 655.38% [F16].               | WRONG_UNIT",
            "IWM beat SPY by 1.11 pp [F7].              | SUPPORTED",
            "IWM beat SPY by 1.11 ppt [F7].             | SUPPORTED",
            "IWM beat SPY by 111 basis points [F7].     | SUPPORTED",
            "IWM beat SPY by 1.11% [F7].                | WRONG_UNIT",
            "IWM beat SPY by 1.11 [F7].                 | WRONG_UNIT",
            "IWM rose 2.16 percent [F3].                | SUPPORTED",
            "IWM rose 2.16 pp [F3].                     | WRONG_UNIT",
            "IWM traded 78.75 million [F5].             | SUPPORTED",  // a scaled count is shares
            "IWM changed hands 78.75 million times [F5]. | SUPPORTED", // a count of times, not a multiple
            "IWM traded 78.75 [F5].                     | WRONG_UNIT",
            "IWM traded 1.87% of its average [F6].      | WRONG_UNIT",
            "The trend of SPY is 26.00 [F10].           | WRONG_UNIT",
    })
    void should_require_the_written_unit_to_fit_the_fact_unit(String text, ClaimStatus expected) {
        assertThat(status(text)).isEqualTo(expected);
    }
}
