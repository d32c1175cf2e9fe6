package io.factline.desk;

import io.factline.drafts.DraftState;
import io.factline.drafts.DraftSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One page of the review queue: the drafts a query matches, in its order. The desk holds one draft or
 * a few per market day, so the filter runs over the summaries in memory; a page loads its headlines only.
 */
public record ReviewQueue(List<DraftSummary> rows, int page, int pages, int matching, int perPage) {

    public static final int PER_PAGE = 20;

    public static ReviewQueue of(List<DraftSummary> all, QueueQuery query, int perPage) {
        List<DraftSummary> hits = all.stream().filter(query::matches).sorted(query.sort().order()).toList();
        int pages = Math.max(1, (hits.size() + perPage - 1) / perPage);
        int page = Math.min(query.page(), pages);
        int from = (page - 1) * perPage;
        return new ReviewQueue(hits.subList(from, Math.min(hits.size(), from + perPage)), page, pages, hits.size(), perPage);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }

    /** The market dates that already have a draft still in play (not rejected), for the new-draft warning. */
    public static Set<LocalDate> datesInPlay(List<DraftSummary> all) {
        Set<LocalDate> dates = new TreeSet<>();
        for (DraftSummary d : all) {
            if (d.state() != DraftState.REJECTED) dates.add(d.asOf());
        }
        return dates;
    }

    /** The writers of the drafts, for the writer filter. */
    public static Set<String> writers(List<DraftSummary> all) {
        Set<String> writers = new TreeSet<>();
        all.forEach(d -> writers.add(d.writer()));
        return writers;
    }
}
