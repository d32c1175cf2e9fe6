package io.factline.desk;

import io.factline.drafts.DraftState;
import io.factline.drafts.DraftSummary;
import io.factline.validation.Verdict;
import java.time.LocalDate;

/**
 * What the review queue shows: each filter null for "any"; {@code from} and {@code to} are market dates,
 * both inclusive; {@code page} counts from 1.
 */
public record QueueQuery(DraftState state, LocalDate from, LocalDate to, Verdict verdict, String writer, QueueSort sort, int page) {

    public static final QueueQuery ALL = new QueueQuery(null, null, null, null, null, QueueSort.DATE_NEWEST, 1);

    public QueueQuery {
        if (sort == null) sort = QueueSort.DATE_NEWEST;
        if (page < 1) throw new IllegalArgumentException("page counts from 1");
        if (writer != null && writer.isBlank()) writer = null;
    }

    boolean matches(DraftSummary d) {
        return (state == null || d.state() == state)
                && (from == null || !d.asOf().isBefore(from))
                && (to == null || !d.asOf().isAfter(to))
                && (verdict == null || d.verdict() == verdict)
                && (writer == null || writer.equals(d.writer()));
    }
}
