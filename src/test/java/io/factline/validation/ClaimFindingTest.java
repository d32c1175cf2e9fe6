package io.factline.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which numbers are claims, and how much of the text each claim spans. */
class ClaimFindingTest {

    private final Validator validator = new Validator();

    private List<String> claimTexts(String text) {
        return validator.validate(TestSheets.small(), text).claims().stream().map(Claim::text).toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The S&P 500 rose 1.05% [F2].",
            "The iShares Russell 2000 ETF rose 1.05% [F2].",
            "On March 23, 2026, SPY rose 1.05% [F2].",
            "On 2026-03-23 SPY rose 1.05% [F2].",
            "On Mar 23 SPY rose 1.05% [F2].",
            "On 23 March SPY rose 1.05% [F2].",
            "On 3/23/2026 at 4:00 pm SPY rose 1.05% [F2].",
            "At 4 pm SPY had risen 1.05% [F2].",
            "In 2026, SPY rose 1.05% [F2].",
            "Since 2020 SPY rose 1.05% [F2] on the day.",
            "Over the past 30 sessions IWM lost 6.46% [F4].",
            "IWM's 30-day return was -6.46% [F4].",
            "IWM lost 6.46% over 30 days [F4].",
            "IWM lost 6.46% in the last 30 trading days [F4].",
            "1. SPY rose 1.05% [F2].",
            "(2) SPY rose 1.05% [F2].",
            "The MACD (12, 26) of SPY rose 1.05% [F2].",
            "COVID-19 aside, SPY rose 1.05% [F2].",
            "SPY rose 1.05% [F2], above its 50-day moving average.",
    })
    void should_find_only_the_figure_when_names_dates_windows_markers_and_numbering_carry_digits(String text) {
        List<String> claims = claimTexts(text);

        assertThat(claims).hasSize(1);
        assertThat(claims.get(0)).matches("-?\\d\\.\\d\\d%");
    }

    @Test
    void should_span_sign_currency_scale_and_unit_words_when_they_belong_to_the_number() {
        List<String> claims = claimTexts("SPY closed at $655.38 [F16]; IWM traded 78.75 million shares [F5], "
                + "1.87 times its 30-day average [F6], and beat SPY by 1.11 percentage points [F7] as XLV lost −0.39 per cent [F13].");

        assertThat(claims).containsExactly("$655.38", "78.75 million shares", "1.87 times", "1.11 percentage points", "−0.39 per cent");
    }

    @Test
    void should_scale_the_value_when_a_scale_word_or_suffix_follows_the_number() {
        ValidationReport report = validator.validate(TestSheets.small(), "IWM traded 78.75M shares [F5] or 78,746.581 thousand [F5] or 0.07875 billion [F5].");

        assertThat(report.claims()).extracting(Claim::value).containsExactly(7.875E7, 7.8746581E7, 7.875E7);
        assertThat(report.claims()).extracting(Claim::status).containsOnly(ClaimStatus.SUPPORTED);
    }

    @Test
    void should_find_numbers_in_markdown_when_bold_bullets_headings_and_tables_are_used() {
        String text = "## Wrap\n- **IWM**: **+2.16%** [F3]\n| SPY | +1.05% [F2] |\n> XLE added 0.54% [F12]";

        ValidationReport report = validator.validate(TestSheets.small(), text);

        assertThat(report.claims()).extracting(Claim::text).containsExactly("+2.16%", "+1.05%", "0.54%");
        assertThat(report.verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void should_treat_an_ordinal_outside_a_date_as_a_claim_when_no_fact_can_support_it() {
        ValidationReport report = validator.validate(TestSheets.small(), "IWM rose 2.16% [F3], its 3rd straight gain.");

        assertThat(report.claims()).extracting(Claim::text).containsExactly("2.16%", "3rd");
        assertThat(report.verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void should_not_find_a_label_claim_when_no_label_fact_is_cited_in_the_sentence() {
        assertThat(claimTexts("IWM rose 2.16% [F3] in a bullish session.")).containsExactly("2.16%");
        assertThat(claimTexts("SPY is not bullish [F9].")).isEmpty();
    }
}
