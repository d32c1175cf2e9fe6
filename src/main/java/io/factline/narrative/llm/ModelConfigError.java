package io.factline.narrative.llm;

/**
 * A model setting the user must fix. The message is one line and names the variable, e.g.
 * {@code FACTLINE_MODEL_TIMEOUT_SECONDS: 'soon' is not a whole number}. Never carries the API key.
 */
public final class ModelConfigError extends IllegalArgumentException {

    public ModelConfigError(String variable, String problem) {
        super(variable + ": " + problem);
    }
}
