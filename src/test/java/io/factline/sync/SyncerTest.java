package io.factline.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyncerTest {

    static final LocalDate FROM = LocalDate.of(2026, 1, 1), TO = LocalDate.of(2026, 3, 31);

    @Test
    void should_fetch_the_whole_range_when_nothing_is_stored() {
        assertThat(ranges(null, 5)).containsExactly("2026-01-01..2026-03-31");
    }

    @Test
    void should_fetch_only_the_head_and_the_refreshed_tail_when_the_middle_is_stored() {
        LocalDate[] span = {LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 20)};

        assertThat(ranges(span, 5)).containsExactly("2026-01-01..2026-01-31", "2026-03-15..2026-03-31");
        assertThat(ranges(span, 0)).containsExactly("2026-01-01..2026-01-31", "2026-03-21..2026-03-31");
    }

    @Test
    void should_fetch_nothing_new_but_the_refresh_window_when_up_to_date() {
        LocalDate[] span = {FROM, TO};

        assertThat(ranges(span, 0)).isEmpty();
        assertThat(ranges(span, 3)).containsExactly("2026-03-28..2026-03-31");
    }

    private static List<String> ranges(LocalDate[] span, int refresh) {
        return Syncer.missing(span, FROM, TO, refresh).stream().map(r -> r[0] + ".." + r[1]).toList();
    }
}
