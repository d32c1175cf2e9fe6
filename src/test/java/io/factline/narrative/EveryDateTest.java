package io.factline.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.facts.FactEngine;
import io.factline.market.CsvMarketLoader;
import io.factline.market.MarketData;
import io.factline.market.PriceSeries;
import io.factline.validation.Validator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 16, "never fail for a date with data": the template writer, the last line behind the model,
 * over every date any series of a data set has a bar on, in one process. Each commentary must pass
 * the validator whole: no sentence left out. A new data set is one more string below.
 */
class EveryDateTest {

    final TemplateWriter template = new TemplateWriter(new Templates("narrative"));
    final CommentaryDesk desk = new CommentaryDesk(new Validator(), template, 2);
    final FactEngine engine = new FactEngine();

    @org.junit.jupiter.api.Test
    void should_write_a_whole_validated_template_commentary_when_given_a_sample_of_sp500_dates() {
        // given: every 20th session of the S&P 500 pack's benchmark plus its first and last (the CI budget
        // does not fit all ~430 sheets of 17,000 facts); see README "Never failing for a date with data"
        MarketData market = new CsvMarketLoader().load(Path.of("fixtures/sp500"));
        List<LocalDate> spy = List.of(market.seriesOf("SPY").dates());
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (int n = 0; n < spy.size(); n += 20) dates.add(spy.get(n));
        dates.add(spy.get(spy.size() - 1));

        // when
        List<String> problems = new ArrayList<>();
        for (LocalDate date : dates) {
            try {
                Commentary c = desk.write(engine.sheet(market, date), template);
                c.omitted().forEach(o -> problems.add(date + ": " + o.line()));
            } catch (CommentaryDesk.NoValidCommentary e) {
                problems.add(e.getMessage());
            }
        }

        // then
        assertThat(dates).hasSizeGreaterThan(20);
        assertThat(problems).as("sampled sp500 dates whose template commentary failed or lost a sentence").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fixtures/market"})
    void should_write_a_whole_validated_template_commentary_when_given_any_date_with_data(String dataSet) {
        // given
        MarketData market = new CsvMarketLoader().load(Path.of(dataSet));
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (PriceSeries s : market.series().values()) dates.addAll(List.of(s.dates()));

        // when
        List<String> problems = new ArrayList<>();
        for (LocalDate date : dates) {
            try {
                Commentary c = desk.write(engine.sheet(market, date), template);
                if (!c.validation().passed()) problems.add(date + ": served text did not pass");
                c.omitted().forEach(o -> problems.add(date + ": " + o.line()));
            } catch (CommentaryDesk.NoValidCommentary e) {
                problems.add(e.getMessage());
            }
        }

        // then
        assertThat(dates).as("dates with data in " + dataSet).isNotEmpty();
        assertThat(problems).as("dates of %s whose template commentary failed or lost a sentence", dataSet).isEmpty();
    }
}
