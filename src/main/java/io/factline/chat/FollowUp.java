package io.factline.chat;

import io.factline.facts.Window;
import java.time.LocalDate;
import java.util.List;

/**
 * Fills in a follow-up from the previous intent: "what about over 30 days?" keeps the instruments and
 * changes the window; "And SPY?" keeps the topic and window and changes the instrument (against the same
 * second instrument when the previous turn compared two).
 */
final class FollowUp {

    private FollowUp() {
    }

    /** A follow-up that names no instrument. */
    static Intent without(Intent previous, LocalDate date, Topic topic, Term windowTerm) {
        if (previous instanceof Intent.Figures p) {
            Topic t = topic != null ? topic : p.topic();
            return new Intent.Figures(date, p.subjects(), t, window(t, p.window(), topic, windowTerm),
                    QuestionReader.asked(t, windowTerm), p.stale());
        }
        if (previous instanceof Intent.Compare p) {
            Topic t = topic != null ? topic : p.topic();
            return new Intent.Compare(date, p.first(), p.second(), t, window(t, p.window(), topic, windowTerm),
                    QuestionReader.asked(t, windowTerm), p.stale());
        }
        if (previous instanceof Intent.Scan p) {
            if (topic == null || topic == Topic.PERFORMANCE) return new Intent.Scan(date, p.look(), p.sector());
            return new Intent.Rank(date, topic, QuestionReader.window(topic, windowTerm), Intent.Extreme.HIGHEST);
        }
        Intent.Rank p = (Intent.Rank) previous;
        Topic t = topic != null ? topic : p.topic();
        return new Intent.Rank(date, t, window(t, p.window(), topic, windowTerm), p.extreme());
    }

    /** A follow-up that names one instrument and nothing else. */
    static Intent with(Intent previous, LocalDate date, Subjects.Pick subject, Subjects subjects) {
        if (previous instanceof Intent.Compare p && !subject.symbol().equals(p.second())) {
            return new Intent.Compare(date, subject.symbol(), p.second(), p.topic(), p.window(), "", subject.stale());
        }
        if (previous instanceof Intent.Scan) {
            return new Intent.Figures(date, List.of(subject.symbol()), Topic.PERFORMANCE, Window.D1, "", subject.stale());
        }
        Topic t = previous instanceof Intent.Figures p ? p.topic() : previous instanceof Intent.Rank r ? r.topic()
                : ((Intent.Compare) previous).topic();
        Window w = previous instanceof Intent.Figures p ? p.window()
                : previous instanceof Intent.Rank r ? r.window() : ((Intent.Compare) previous).window();
        return new Intent.Figures(date, List.of(subject.symbol()), t, w, "", subject.stale());
    }

    /** The window asked now; else the new topic's default if the topic changed; else the previous one. */
    private static Window window(Topic t, Window previous, Topic newTopic, Term windowTerm) {
        if (windowTerm != null) return QuestionReader.window(t, windowTerm);
        if (newTopic != null) return t.windowFor(previous);
        return previous;
    }
}
