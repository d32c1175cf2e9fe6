package io.factline.narrative;

import static io.factline.narrative.Wording.dailyMove;
import static io.factline.narrative.Wording.figure;

import io.factline.facts.Metric;
import io.factline.facts.Window;
import io.factline.market.Instrument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Breadth and the stocks that moved most (issue 16, section 1), for a sheet with single stocks: the
 * advancers against the decliners, and at most five stocks chosen by {@link Salience}, each called by its
 * company name ("Nvidia (NVDA)"), with its volume against its average. Empty for a sheet without stocks.
 */
final class MoversSection {

    private final SheetView v;
    private final Templates templates;

    MoversSection(SheetView v, Templates templates) {
        this.v = v;
        this.templates = templates;
    }

    String text() {
        List<Salience.Candidate> movers = new Salience(v).stocks();
        String breadth = breadth();
        if (movers.isEmpty() && breadth.isEmpty()) return "";
        List<String> lines = new ArrayList<>();
        for (int n = 0; n < movers.size(); n++) lines.add(mover(movers.get(n), n));
        return templates.render("movers", Map.of("breadth", breadth, "movers", lines)).strip();
    }

    /**
     * Breadth (advancers, decliners, the share above the 50-day average) is not written yet: the
     * validator does not read those figures as what they are (see docs/writer.md), and a sentence it
     * rejects would be left out.
     */
    private String breadth() {
        return "";
    }

    private String mover(Salience.Candidate c, int n) {
        Instrument i = c.instrument();
        String name = i.name() + " (" + i.symbol() + ")";
        String volume = v.fact(i, Metric.VOLUME_RATIO, Window.D30)
                .map(f -> " Its volume was " + figure(f) + " its 30-day average.").orElse("");
        return (n % 2 == 0 ? name + " " + dailyMove(c.day()) + " on the day."
                : "Shares of " + name + " " + dailyMove(c.day()) + " on the day.") + volume;
    }
}
