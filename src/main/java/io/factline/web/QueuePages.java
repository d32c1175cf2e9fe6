package io.factline.web;

import io.factline.desk.Headline;
import io.factline.desk.QueueQuery;
import io.factline.desk.QueueSort;
import io.factline.desk.ReviewQueue;
import io.factline.drafts.DraftState;
import io.factline.drafts.DraftSummary;
import io.factline.drafts.DraftWorkflow;
import io.factline.drafts.Drafters;
import io.factline.drafts.SheetSource;
import io.factline.validation.Verdict;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The review queue at /drafts: filters, sort and pages over the drafts, and the new-draft form. IO only. */
final class QueuePages implements Routes {

    private final DraftWorkflow workflow;
    private final SheetSource sheets;
    private final Drafters drafters;
    private final Views views;

    public QueuePages(DraftWorkflow workflow, SheetSource sheets, Drafters drafters, Views views) {
        this.workflow = workflow;
        this.sheets = sheets;
        this.drafters = drafters;
        this.views = views;
    }

    @Override
    public void addTo(Javalin app) {
        app.get("/drafts", this::list, Access.EDITOR);
    }

    void list(Context ctx) {
        QueueQuery q = query(ctx);
        List<DraftSummary> all = workflow.list();
        ReviewQueue page = ReviewQueue.of(all, q, ReviewQueue.PER_PAGE);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (DraftSummary d : page.rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", d.id());
            row.put("asOf", d.asOf());
            row.put("headline", workflow.storedVersion(d.id(), d.version()).map(v -> Headline.of(v.body())).orElse(""));
            row.put("writer", d.writer());
            row.put("verdict", d.verdict().wire());
            row.put("state", d.state().wire());
            row.put("stateWords", d.state().words());
            row.put("version", d.version());
            row.put("updatedAt", Views.when(d.updatedAt()));
            row.put("updatedBy", d.updatedBy());
            rows.add(row);
        }
        String latest = sheets.market().latestDate().map(LocalDate::toString).orElse("");
        var inPlay = ReviewQueue.datesInPlay(all);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("drafts", rows);
        m.put("hasDrafts", !rows.isEmpty());
        m.put("anyDrafts", !all.isEmpty());
        m.put("matching", page.matching());
        m.put("page", page.page());
        m.put("pages", page.pages());
        if (page.hasPrevious()) m.put("previousHref", href(q, page.page() - 1));
        if (page.hasNext()) m.put("nextHref", href(q, page.page() + 1));
        m.put("latestDate", latest);
        m.put("datesInPlay", String.join(" ", inPlay.stream().map(LocalDate::toString).toList()));
        if (!latest.isEmpty() && inPlay.contains(LocalDate.parse(latest))) m.put("latestTaken", true);
        m.put("hasModel", drafters.model().isPresent());
        m.put("desk", true);
        m.put("states", options(Arrays.stream(DraftState.values()).map(s -> new String[] {s.wire(), s.words()}).toList(),
                q.state() == null ? "" : q.state().wire()));
        m.put("verdicts", options(Arrays.stream(Verdict.values()).map(v -> new String[] {v.wire(), v.wire() + "es"}).toList(),
                q.verdict() == null ? "" : q.verdict().wire()));
        m.put("writers", options(ReviewQueue.writers(all).stream().map(w -> new String[] {w, w}).toList(),
                q.writer() == null ? "" : q.writer()));
        m.put("sorts", options(Arrays.stream(QueueSort.values()).map(s -> new String[] {s.wire(), s.words()}).toList(), q.sort().wire()));
        m.put("from", q.from() == null ? "" : q.from().toString());
        m.put("to", q.to() == null ? "" : q.to().toString());
        m.put("filtered", !q.equals(new QueueQuery(null, null, null, null, null, q.sort(), q.page())));
        views.render(ctx, "drafts.mustache", "Review queue", m);
    }

    /** The query from the URL; a bad value is a 400 naming the parameter. Blank means "any". */
    static QueueQuery query(Context ctx) {
        String state = blank(ctx.queryParam("state"));
        String verdict = blank(ctx.queryParam("verdict"));
        String sort = blank(ctx.queryParam("sort"));
        String from = blank(ctx.queryParam("from"));
        String to = blank(ctx.queryParam("to"));
        String page = blank(ctx.queryParam("page"));
        LocalDate fromDate = from == null ? null : Fields.date(from, "from");
        LocalDate toDate = to == null ? null : Fields.date(to, "to");
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            throw new BadRequest("to", "to (" + toDate + ") is before from (" + fromDate + ")");
        }
        return new QueueQuery(
                state == null ? null : DraftState.parse(state).orElseThrow(() -> new BadRequest("state",
                        "'" + state + "' is not a state; use draft, in_review, approved, published or rejected")),
                fromDate, toDate,
                verdict == null ? null : Arrays.stream(Verdict.values()).filter(v -> v.wire().equals(verdict)).findFirst()
                        .orElseThrow(() -> new BadRequest("verdict", "'" + verdict + "' is not a verdict; use pass or fail")),
                blank(ctx.queryParam("writer")),
                sort == null ? QueueSort.DATE_NEWEST : QueueSort.parse(sort).orElseThrow(() -> new BadRequest("sort",
                        "'" + sort + "' is not a sort; use " + String.join(", ", Arrays.stream(QueueSort.values()).map(QueueSort::wire).toList()))),
                page == null ? 1 : Fields.positive(page, "page"));
    }

    private static String href(QueueQuery q, int page) {
        List<String> parts = new ArrayList<>();
        if (q.state() != null) parts.add("state=" + q.state().wire());
        if (q.from() != null) parts.add("from=" + q.from());
        if (q.to() != null) parts.add("to=" + q.to());
        if (q.verdict() != null) parts.add("verdict=" + q.verdict().wire());
        if (q.writer() != null) parts.add("writer=" + URLEncoder.encode(q.writer(), StandardCharsets.UTF_8));
        parts.add("sort=" + q.sort().wire());
        parts.add("page=" + page);
        return "/drafts?" + String.join("&", parts);
    }

    private static List<Map<String, Object>> options(List<String[]> pairs, String chosen) {
        return pairs.stream().map(p -> Map.<String, Object>of("value", p[0], "words", p[1], "selected", p[0].equals(chosen))).toList();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
