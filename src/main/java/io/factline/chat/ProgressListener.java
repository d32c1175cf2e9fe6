package io.factline.chat;

/**
 * Receives what happens while a question is answered, in order: {@link #status} events, then exactly one
 * of {@link #answer} or {@link #error}. An event stream handler only forwards them. Called on the thread
 * that called {@link ChatDesk#ask}. A listener may throw (the client went away): answering stops there,
 * and the answer is not remembered in the conversation.
 */
public interface ProgressListener {

    ProgressListener NONE = new ProgressListener() {
    };

    default void status(Status status) {
    }

    /** The validated answer; nothing unvalidated is ever passed here. */
    default void answer(Answer answer) {
    }

    default void error(ChatError error) {
    }
}
