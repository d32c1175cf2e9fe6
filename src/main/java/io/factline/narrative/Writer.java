package io.factline.narrative;

import io.factline.facts.FactSheet;

/** Drafts a commentary from a fact sheet. The two implementations: the template writer and the LLM. */
public interface Writer {

    /** "template", or "llm:" and the model name. */
    String name();

    /** A first draft. */
    Draft draft(FactSheet sheet);

    /**
     * A new draft after the validator rejected the previous one. A writer that cannot learn (the
     * template writer) drafts as before.
     *
     * @param rejected the rejected draft, section by section, its failing sentences with their findings
     */
    default Draft redraft(FactSheet sheet, Review rejected) {
        return draft(sheet);
    }
}
