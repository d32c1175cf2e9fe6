package io.factline.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Unavailability reasons as the template writer quotes them: no count that no fact supports. */
class ReasonsTest {

    @Test
    void should_say_the_history_is_too_short_without_its_counts_when_a_window_is_not_full() {
        assertThat(Reasons.prose("needs 253 sessions up to 2023-03-08, XLE has 46"))
                .isEqualTo("the data do not yet reach back far enough");
        assertThat(Reasons.prose("needs 31 sessions up to 2023-01-20, benchmark SPY has 13"))
                .isEqualTo("the data of benchmark SPY do not yet reach back far enough");
        assertThat(Reasons.prose("benchmark SPY: needs 253 sessions up to 2023-06-01, SPY has 104"))
                .isEqualTo("benchmark SPY: the data do not yet reach back far enough");
    }

    @Test
    void should_keep_a_reason_as_it_is_when_its_only_figures_are_dates() {
        assertThat(Reasons.prose("missing sessions between 2026-02-23 and 2026-03-20"))
                .isEqualTo("missing sessions between 2026-02-23 and 2026-03-20");
        assertThat(Reasons.prose("no bar on 2026-03-23; last bar 2026-02-23"))
                .isEqualTo("no bar on 2026-03-23; last bar 2026-02-23");
    }

    @Test
    void should_drop_the_count_when_a_reason_names_its_window() {
        assertThat(Reasons.prose("returns of SPY do not vary over the 252 sessions"))
                .isEqualTo("returns of SPY do not vary over the window");
        assertThat(Reasons.prose("average volume over the 30 sessions before 2026-03-23 is zero"))
                .isEqualTo("the average volume before 2026-03-23 is zero");
    }

    @Test
    void should_say_only_that_the_data_fall_short_when_an_unknown_reason_carries_a_count() {
        assertThat(Reasons.prose("only 3 quotes in the file")).isEqualTo("the data do not allow it");
    }
}
