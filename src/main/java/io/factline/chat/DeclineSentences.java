package io.factline.chat;

import io.factline.market.Instrument;
import io.factline.narrative.Templates;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The honest answers to questions Factline cannot answer from facts: what it does not do, and what it
 * can answer instead. They contain no figures; dates are the only digits.
 */
final class DeclineSentences {

    private final Templates templates;
    private final MarketFacts facts;

    DeclineSentences(Templates templates, MarketFacts facts) {
        this.templates = templates;
        this.facts = facts;
    }

    String write(Intent.Declined d) {
        Map<String, Object> scope = new LinkedHashMap<>();
        String detail = d.detail(), suggestion = "";
        if (d.why() == Decline.UNKNOWN_INSTRUMENT && detail.contains("|")) {     // "Nvidea|Nvidia (NVDA)"
            suggestion = detail.substring(detail.indexOf('|') + 1);
            detail = detail.substring(0, detail.indexOf('|'));
        }
        scope.put("suggestion", suggestion);
        scope.put("about", detail);
        scope.put("detail", detail);
        scope.put("example", d.detail().isEmpty() ? "the market" : d.detail());
        scope.put("covered", covered());
        if (d.why() == Decline.NO_DATA) noData(d, scope);
        String template = "decline-" + d.why().wire().replace('_', '-');
        return templates.render(template, scope).strip();
    }

    private void noData(Intent.Declined d, Map<String, Object> scope) {
        LocalDate asked = parse(d.detail());
        scope.put("missing", asked == null ? "" : AnswerDraft.longDate(asked));
        scope.put("invalid", asked == null);
        DayOfWeek day = asked == null ? null : asked.getDayOfWeek();
        boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
        scope.put("weekday", weekend ? day.getDisplayName(TextStyle.FULL, Locale.ENGLISH) : "");
        List<LocalDate> near = d.nearest();
        scope.put("before", near.stream().filter(x -> asked != null && x.isBefore(asked)).findFirst().map(AnswerDraft::longDate).orElse(""));
        scope.put("after", near.stream().filter(x -> asked != null && x.isAfter(asked)).findFirst().map(AnswerDraft::longDate).orElse(""));
        scope.put("latest", facts.latest().map(AnswerDraft::longDate).orElse("the latest date"));
    }

    private static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** "^GSPC, ^RUT, SPY, IWM, … and XLC"; for a large universe, what kinds of instrument it has. */
    private String covered() {
        List<Instrument> all = facts.instruments();
        if (all.size() <= 20) return OfflineWriter.joined(all.stream().map(Instrument::symbol).toList());
        return "the stocks, funds, indices and rates of its data set, by ticker or company name";
    }
}
