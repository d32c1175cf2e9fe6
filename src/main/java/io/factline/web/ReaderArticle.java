package io.factline.web;

import io.factline.drafts.DraftRecord;
import io.factline.drafts.PublishedCommentary;
import io.factline.market.MarketData;
import io.factline.reader.Excerpt;
import io.factline.reader.Provenance;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The models of the public pages' parts: a whole commentary, the front page's lead, the day links. */
final class ReaderArticle {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private ReaderArticle() {
    }

    /** A market date as readers read it: "Monday 23 March 2026". */
    static String day(LocalDate d) {
        return d.format(LONG);
    }

    /** The whole commentary: its text with reader markers, footnotes with back-links, and the chart. */
    static Map<String, Object> whole(PublishedCommentary p, MarketData market) {
        String body = p.version().body();
        ReaderVoice voice = new ReaderVoice(body, p.sheet(), "", "");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("narrativeHtml", NarrativeHtml.render(body, p.version().validation(), p.sheet(), voice));
        m.put("readerFootnotes", voice.footnotes());
        m.put("dataNotes", p.draft().dataNotes());
        m.put("hasNotes", !p.draft().dataNotes().isEmpty());
        Map<String, Object> chart = ReaderChart.of(market, p.sheet(), body, Excerpt.of(body, p.sheet()).lead());
        if (chart != null) m.putAll(chart);
        m.put("hasChart", chart != null);
        return m;
    }

    /** The front page's lead: headline and lede (linking to the article's footnotes), key figures, chart. */
    static Map<String, Object> lead(PublishedCommentary p, MarketData market) {
        String body = p.version().body();
        Excerpt excerpt = Excerpt.of(body, p.sheet());
        String url = PublishedPages.url(p.draft());
        ReaderVoice voice = new ReaderVoice(body, p.sheet(), "lead-", url);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("leadHtml", NarrativeHtml.render(excerpt.lead(), p.version().validation(), p.sheet(), voice));
        m.put("leadUrl", url);
        m.put("leadDay", day(p.draft().asOf()));
        m.put("keyFigures", excerpt.keyFigures().stream().map(f -> Map.of("label", f.label() == null ? f.subject() : f.label(),
                "shown", f.shown(), "said", Provenance.sentence(f), "href", url + "#fn-" + f.id(),
                "n", voice.number(f.id()))).toList());
        m.put("hasKeyFigures", !excerpt.keyFigures().isEmpty());
        Map<String, Object> chart = ReaderChart.of(market, p.sheet(), body, excerpt.lead());
        if (chart != null) m.putAll(chart);
        m.put("hasChart", chart != null);
        return m;
    }

    /** "previousDay"/"nextDay" links to the published commentaries of the neighbouring market dates. */
    static void days(Map<String, Object> m, java.util.Optional<DraftRecord> previous, java.util.Optional<DraftRecord> next) {
        previous.ifPresent(d -> m.put("previousDay", Map.of("href", PublishedPages.url(d), "date", d.asOf().toString(), "day", day(d.asOf()))));
        next.ifPresent(d -> m.put("nextDay", Map.of("href", PublishedPages.url(d), "date", d.asOf().toString(), "day", day(d.asOf()))));
        m.put("hasDays", previous.isPresent() || next.isPresent());
    }
}
