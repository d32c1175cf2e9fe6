package io.factline.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.facts.FactSheet;
import io.factline.facts.Metric;
import io.factline.facts.Source;
import io.factline.facts.Unit;
import io.factline.facts.Window;
import io.factline.market.Instrument;
import io.factline.market.Kind;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Sign from sign characters and direction words, the subject rule and the window rule. */
class SignSubjectWindowTest {

    private final Validator validator = new Validator();

    private ClaimStatus status(String text) {
        ValidationReport report = validator.validate(TestSheets.small(), text);
        // the figure's claim; a ranking or comparison in words ("led", "beat SPY") is a claim of its own
        List<Claim> figures = report.claims().stream().filter(c -> c.value() != null).toList();
        assertThat(figures).hasSize(1);
        return figures.get(0).status();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rose", "gained", "climbed", "advanced", "added", "rallied", "surged", "jumped", "was up",
            "ended higher by", "outperformed with", "beat expectations with", "led with"})
    void should_read_a_positive_sign_when_an_up_word_governs_the_number(String words) {
        assertThat(status("IWM " + words + " 2.16% [F3].")).isEqualTo(ClaimStatus.SUPPORTED);
        assertThat(status("XLV " + words + " 0.39% [F13].")).isEqualTo(ClaimStatus.WRONG_SIGN);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fell", "lost", "declined", "dropped", "slipped", "slid", "was down",
            "ended lower by", "underperformed by", "trailed by", "lagged by"})
    void should_read_a_negative_sign_when_a_down_word_governs_the_number(String words) {
        assertThat(status("XLV " + words + " 0.39% [F13].")).isEqualTo(ClaimStatus.SUPPORTED);
        assertThat(status("IWM " + words + " 2.16% [F3].")).isEqualTo(ClaimStatus.WRONG_SIGN);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "XLV's return was 0.39% [F13].                 | WRONG_SIGN",   // no sign and no word: positive
            "XLV's return was -0.39% [F13].                | SUPPORTED",
            "XLV's return was −0.39% [F13].                | SUPPORTED",
            "XLV fell −0.39% [F13].                        | SUPPORTED",   // the sign character wins
            "XLV posted a 0.39% loss [F13].                | SUPPORTED",   // a direction noun after the number
            "XLV ended the day 0.39% lower [F13].          | SUPPORTED",
            "SPY lagged XLV's 0.39% decline [F13].         | SUPPORTED",   // lagged is SPY's word, decline is the number's
            "IWM outperformed SPY by 1.11 pp [F7].         | SUPPORTED",
            "IWM trailed SPY by 1.11 pp [F7].              | WRONG_SIGN",
            "SPY trailed IWM by 1.11 pp [F7].              | SUPPORTED",   // the same fact told from the other side
            "SPY beat IWM by 1.11 pp [F7].                 | WRONG_SIGN",
            "The S&P 500 MACD stands at -79.71 [F15].      | SUPPORTED",
            "The S&P 500 MACD stands at 79.71 [F15].       | WRONG_SIGN",
            "SPY fell to close at 655.38 [F16].            | SUPPORTED",   // direction words do not sign a price
            "XLE added 0.54% [F12] and IWM 2.16% [F3].     | SUPPORTED",   // the second number shares "added"
            "XLV lost 0.39% [F13] and XLE 0.54% [F12].     | WRONG_SIGN",   // ... and here "lost", which XLE did not
    })
    void should_compare_the_written_sign_with_the_fact(String text, ClaimStatus expected) {
        ValidationReport report = validator.validate(TestSheets.small(), text);
        assertThat(report.claims().get(report.claims().size() - 1).status()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "IWM rose 2.16% [F3].                                        | SUPPORTED",
            "The iShares Russell 2000 ETF rose 2.16% [F3].               | SUPPORTED",
            "SPY rose 2.16% [F3].                                        | WRONG_SUBJECT",
            "The S&P 500 rose 1.05% [F2].                                | WRONG_SUBJECT",   // the index is not the ETF
            "The Energy sector added 0.54% [F12].                        | SUPPORTED",
            "The energy sector added 0.54% [F12].                        | SUPPORTED",
            "Energy (XLE) added 0.54% [F12].                             | SUPPORTED",
            "Health Care slipped 0.39% [F13].                            | SUPPORTED",
            "The Healthcare sector added 0.54% [F12].                    | WRONG_SUBJECT",
            "For XLE, the day brought a 0.54% gain [F12].                | SUPPORTED",   // named by the opening phrase
            "For XLV, the day brought a 0.54% gain [F12].                | WRONG_SUBJECT",
            "IWM has a beta of 1.05 against SPY [F8].                    | SUPPORTED",
            "XLE has a beta of 1.05 against SPY [F8].                    | WRONG_SUBJECT",
            "SPY has a beta of 1.05 against IWM [F8].                    | WRONG_SUBJECT",
            "IWM's 2.16% [F3] beat SPY's 1.05% [F2] easily.              | SUPPORTED",
            "Small caps rallied: IWM rose 2.16% [F3].                    | SUPPORTED",
            "IWM held up. Its beta against SPY is 1.05 [F8].             | SUPPORTED",   // SPY is the object here
            "Returns were 0.54% for XLE [F12] and 2.16% for IWM [F3].    | SUPPORTED",   // a trailing "for" name
            "Returns were 0.54% for IWM [F12] and 2.16% for XLE [F3].    | WRONG_SUBJECT",
            "Against SPY, XLE's beta is 1.05 [F8].                       | WRONG_SUBJECT",
            "XLE rose 0.54% [F12] versus SPY.                            | SUPPORTED",
            "Compared with SPY, XLE rose 0.54% [F12].                    | SUPPORTED",
    })
    void should_check_the_named_instrument_against_the_fact_subject_or_its_against(String text, ClaimStatus expected) {
        ValidationReport report = validator.validate(TestSheets.small(), text);
        assertThat(report.claims().get(0).status()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "On the day, IWM rose 2.16% [F3].                           | SUPPORTED",
            "IWM rose 2.16% [F3] on the day.                            | SUPPORTED",
            "IWM rose 2.16% [F3] today.                                 | SUPPORTED",
            "IWM rose 2.16% [F3] in the session.                        | SUPPORTED",
            "On Monday IWM rose 2.16% [F3].                             | SUPPORTED",
            "IWM rose 2.16% [F3] over the past 30 sessions.             | WRONG_WINDOW",
            "Over the past month, IWM rose 2.16% [F3].                  | WRONG_WINDOW",
            "IWM rose 2.16% [F3] over 5 days.                           | WRONG_WINDOW",
            "Over the past 30 sessions, IWM lost 6.46% [F4].            | SUPPORTED",
            "IWM's 30-day return was -6.46% [F4].                       | SUPPORTED",
            "On the day, IWM lost 6.46% [F4].                           | WRONG_WINDOW",
            "IWM traded 1.87x its 30-day average volume [F6] on the day. | SUPPORTED",  // a volume ratio is both
            "IWM's 30-day volatility was 1.26% [F14].                   | SUPPORTED",
            "For IWM, the volatility of daily returns was 1.26% [F14].  | SUPPORTED",   // not a 1-day figure
            "IWM's daily volatility was 1.26% [F14].                    | SUPPORTED",   // the volatility of daily returns
            "IWM's volatility on the day was 1.26% [F14].               | WRONG_WINDOW",
            "SPY closed at 655.38 [F16] on the day.                     | SUPPORTED",   // a close has no window
    })
    void should_check_window_phrases_in_the_clause_and_the_opening_phrase(String text, ClaimStatus expected) {
        ValidationReport report = validator.validate(TestSheets.small(), text);
        assertThat(report.claims().get(0).status()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "1-800-Flowers rose 2.16% [F1].       | SUPPORTED",
            "1-800-Flowers rose 2.16% [F2].       | WRONG_SUBJECT",
            "Shares of 1-800-Flowers rose 2.16% [F2]. | WRONG_SUBJECT",
    })
    void should_know_an_instrument_when_its_name_starts_with_a_number(String text, ClaimStatus expected) {
        // given a sheet whose instrument's name starts with digits (the name index skips numbers otherwise)
        FactSheet sheet = new FactSheet(LocalDate.of(2026, 3, 23), List.of(new Source("S1", "daily bars", null)),
                List.of(new Instrument("FLWS", "1-800-Flowers", Kind.STOCK, null, "SPY"),
                        new Instrument("SPY", "SPDR S&P 500 ETF Trust", Kind.ETF, null, "SPY")),
                List.of(TestSheets.fact("F1", "FLWS", Metric.RETURN, Window.D1, null, 2.16, Unit.PERCENT),
                        TestSheets.fact("F2", "SPY", Metric.RETURN, Window.D1, null, 2.16, Unit.PERCENT)), List.of());

        // when
        ValidationReport report = validator.validate(sheet, text);

        // then the digits of the name are no claim, and the name is the claim's subject
        assertThat(report.claims()).hasSize(1);
        assertThat(report.claims().get(0).status()).isEqualTo(expected);
    }
}
