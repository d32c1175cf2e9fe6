package io.factline.chat;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a question may be before any work is done: not blank, at most {@code maxChars} characters
 * (counted as code points, after stripping surrounding white space), and a conversation id of 1 to 64
 * letters, digits, "-" or "_" when one is given. The web layer calls {@link #problem} to answer 400
 * before opening a stream; {@link ChatDesk} checks again.
 */
public final class QuestionLimit {

    public static final int DEFAULT_MAX_CHARS = 500;
    private static final Pattern CONVERSATION_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final int maxChars;

    public QuestionLimit(int maxChars) {
        if (maxChars < 1) throw new IllegalArgumentException("maxChars must be >= 1");
        this.maxChars = maxChars;
    }

    public int maxChars() {
        return maxChars;
    }

    /** @return why the question cannot be taken, in one line for the reader; empty when it can */
    public Optional<String> problem(Question q) {
        String text = q.text() == null ? "" : q.text().strip();
        if (text.isEmpty()) return Optional.of("the question is empty");
        int length = text.codePointCount(0, text.length());
        if (length > maxChars) {
            return Optional.of("the question is " + length + " characters long; the limit is " + maxChars);
        }
        if (q.conversationId() != null && !CONVERSATION_ID.matcher(q.conversationId()).matches()) {
            return Optional.of("a conversation id is 1 to 64 letters, digits, '-' or '_'");
        }
        return Optional.empty();
    }

    /** @throws InvalidQuestion with the {@link #problem} */
    public void check(Question q) {
        problem(q).ifPresent(p -> {
            throw new InvalidQuestion(p);
        });
    }
}
