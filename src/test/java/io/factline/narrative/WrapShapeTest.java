package io.factline.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.facts.FactEngine;
import io.factline.facts.FactSheet;
import io.factline.market.CsvMarketLoader;
import io.factline.market.Instrument;
import io.factline.market.MarketData;
import io.factline.market.PriceSeries;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, section 1, over many dates of both data sets: no section of the template commentary names
 * more than five instruments, no sentence more than five, and the text before the key figures (data
 * notes and sources come after them) is at most about 800 words.
 */
class WrapShapeTest {

    static final int MOST_NAMED = 5;
    static final int MOST_WORDS = 800;

    final TemplateWriter writer = new TemplateWriter(new Templates("narrative"));
    final FactEngine engine = new FactEngine();

    @Test
    void should_name_at_most_five_instruments_per_section_and_sentence_when_given_many_dates_of_both_data_sets() {
        // given
        List<FactSheet> sheets = sample();

        // when
        List<String> problems = new ArrayList<>();
        for (FactSheet sheet : sheets) {
            Map<String, Pattern> names = namePatterns(sheet);
            sections(writer.draft(sheet)).forEach((section, text) -> {
                Set<String> named = named(names, text);
                if (named.size() > MOST_NAMED) problems.add(sheet.asOf() + " " + section + " names " + named);
                for (String sentence : sentences(text)) {
                    Set<String> inSentence = named(names, sentence);
                    if (inSentence.size() > MOST_NAMED) problems.add(sheet.asOf() + " " + section + ": \"" + sentence + "\" names " + inSentence);
                }
            });
        }

        // then
        assertThat(sheets).hasSizeGreaterThan(100);
        assertThat(problems).as("sections or sentences naming more than five instruments").isEmpty();
    }

    @Test
    void should_keep_the_text_before_the_key_figures_within_800_words_when_given_many_dates_of_both_data_sets() {
        // given
        List<FactSheet> sheets = sample();

        // when
        List<String> tooLong = new ArrayList<>();
        for (FactSheet sheet : sheets) {
            Draft d = writer.draft(sheet);
            Draft beforeKeyFigures = new Draft(d.headline(), d.summary(), d.marketMoves(), d.sectors(), d.valuation(),
                    d.risk(), d.technicals(), d.risks(), d.opportunities(), List.of());
            int words = words(Narrative.of(beforeKeyFigures));
            if (words > MOST_WORDS) tooLong.add(sheet.asOf() + ": " + words + " words");
        }

        // then
        assertThat(sheets).hasSizeGreaterThan(100);
        assertThat(tooLong).as("commentaries longer than 800 words before the key figures").isEmpty();
    }

    /** Every 8th date of the bundled data, every 40th session of the S&P 500 pack, and the dates the README shows. */
    private List<FactSheet> sample() {
        List<FactSheet> out = new ArrayList<>();
        MarketData bundled = new CsvMarketLoader().load(Path.of("fixtures/market"));
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (PriceSeries s : bundled.series().values()) dates.addAll(List.of(s.dates()));
        List<LocalDate> all = new ArrayList<>(dates);
        for (int n = 0; n < all.size(); n += 8) out.add(engine.sheet(bundled, all.get(n)));
        out.add(engine.sheet(bundled, LocalDate.parse("2026-03-23")));
        MarketData sp500 = new CsvMarketLoader().load(Path.of("fixtures/sp500"));
        List<LocalDate> spy = List.of(sp500.seriesOf("SPY").dates());
        TreeSet<LocalDate> spDates = new TreeSet<>(List.of(LocalDate.parse("2025-04-09"), LocalDate.parse("2025-06-13"),
                LocalDate.parse("2025-09-05")));
        for (int n = 0; n < spy.size(); n += 40) spDates.add(spy.get(n));
        spDates.forEach(d -> out.add(engine.sheet(sp500, d)));
        return out;
    }

    private static Map<String, String> sections(Draft d) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("headline", d.headline());
        s.put("summary", d.summary());
        s.put("marketMoves", d.marketMoves());
        s.put("sectors", d.sectors());
        s.put("valuation", d.valuation());
        s.put("risk", d.risk());
        s.put("technicals", d.technicals());
        s.put("risks", String.join("\n", d.risks()));
        s.put("opportunities", String.join("\n", d.opportunities()));
        s.put("keyFigures", String.join("\n", d.keyFigures()));
        return s;
    }

    /** An instrument is named by its ticker, which the template writer always writes ("Oracle Corporation (ORCL)"). */
    private static Map<String, Pattern> namePatterns(FactSheet sheet) {
        Map<String, Pattern> out = new LinkedHashMap<>();
        for (Instrument i : sheet.instruments()) {
            // a one-letter ticker ("C", "A") counts only as "(C)": "(Class C)" and "J.M." name no instrument; a ticker
            // followed by a capitalised word is part of a company's name ("GE Vernova (GEV)" does not name GE)
            out.put(i.symbol(), i.symbol().length() == 1 ? Pattern.compile("\\(" + Pattern.quote(i.symbol()) + "\\)")
                    : Pattern.compile("(?<![A-Za-z0-9^.&])" + Pattern.quote(i.symbol()) + "(?![A-Za-z0-9&])(?! [A-Z][a-z])"));
        }
        return out;
    }

    private static Set<String> named(Map<String, Pattern> names, String text) {
        Set<String> out = new LinkedHashSet<>();
        names.forEach((symbol, p) -> {
            if (p.matcher(text).find()) out.add(symbol);
        });
        return out;
    }

    private static List<String> sentences(String text) {
        return List.of(text.split("(?<=[.!?])\\s+(?=[A-Z^*(])|\\n+"));
    }

    /** Words as a reader counts them: markers ("[F12]") and markdown marks are not words. */
    private static int words(String text) {
        int n = 0;
        for (String token : text.split("\\s+")) {
            if (token.matches("\\[[A-Z]\\d+][.,;:]*") || !token.matches(".*[A-Za-z0-9].*")) continue;
            n++;
        }
        return n;
    }
}
