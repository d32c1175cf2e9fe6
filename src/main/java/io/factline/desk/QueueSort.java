package io.factline.desk;

import io.factline.drafts.DraftSummary;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** How the review queue is ordered; the id breaks ties, newest first, so pages never shuffle. */
public enum QueueSort {
    DATE_NEWEST("market date, newest first", Comparator.comparing(DraftSummary::asOf).reversed()),
    DATE_OLDEST("market date, oldest first", Comparator.comparing(DraftSummary::asOf)),
    CHANGED_NEWEST("last change, newest first", Comparator.comparing(DraftSummary::updatedAt, Comparator.nullsLast(Comparator.reverseOrder()))),
    STATE("status (draft, in review, approved, published, rejected)", Comparator.comparing(DraftSummary::state));

    private final String words;
    private final Comparator<DraftSummary> order;

    QueueSort(String words, Comparator<DraftSummary> order) {
        this.words = words;
        this.order = order.thenComparing(Comparator.comparingLong(DraftSummary::id).reversed());
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String words() {
        return words;
    }

    Comparator<DraftSummary> order() {
        return order;
    }

    public static Optional<QueueSort> parse(String text) {
        for (QueueSort s : values()) {
            if (s.wire().equals(text)) return Optional.of(s);
        }
        return Optional.empty();
    }
}
