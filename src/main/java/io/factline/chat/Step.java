package io.factline.chat;

/** The stages of answering, in the order a reader sees them; drafting and validating repeat on a repair. */
public enum Step {
    READING("Reading the question"),
    COMPUTING("Computing facts"),
    DRAFTING("Drafting the answer"),
    VALIDATING("Checking every figure against the facts");

    private final String words;

    Step(String words) {
        this.words = words;
    }

    /** What a progress line says, e.g. "Computing facts". */
    public String words() {
        return words;
    }

    /** "reading", "computing", "drafting", "validating": the name an event stream carries. */
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
