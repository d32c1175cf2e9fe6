package io.factline.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.facts.FactSheet;
import io.factline.facts.QualityIssue;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DataNotesTest {

    static final LocalDate END = LocalDate.of(2025, 9, 8), AS_OF = LocalDate.of(2025, 9, 25);

    private static QualityIssue stale(String symbol) {
        return new QualityIssue("stale_series", symbol, END, AS_OF,
                symbol + ": no bar on 2025-09-25; last bar 2025-09-08 (13 sessions behind SPY)");
    }

    @Test
    void should_name_ten_instruments_and_count_the_rest_when_many_share_one_problem() {
        List<QualityIssue> quality = IntStream.range(0, 474).mapToObj(i -> stale("S" + i)).toList();

        List<String> notes = DataNotes.of(new FactSheet(AS_OF, List.of(), List.of(), List.of(), List.of(), quality));

        assertThat(notes.get(0)).isEqualTo("474 instruments (S0, S1, S2, S3, S4, S5, S6, S7, S8, S9 and 464 more): "
                + "no bar on 2025-09-25; last bar 2025-09-08 (13 sessions behind SPY).");
    }

    @Test
    void should_name_every_instrument_when_a_few_share_one_problem() {
        List<String> notes = DataNotes.of(new FactSheet(AS_OF, List.of(), List.of(), List.of(), List.of(),
                List.of(stale("SPY"), stale("IWM"))));

        assertThat(notes.get(0)).isEqualTo("SPY, IWM: no bar on 2025-09-25; last bar 2025-09-08 (13 sessions behind SPY).");
    }
}
