package io.factline.narrative;

import io.factline.facts.FactSheet;
import java.util.List;

/** Drafts a commentary from a fact sheet. The two implementations: the template writer and the LLM. */
public interface Writer {

    /** "template", or "llm:" and the model name. */
    String name();

    /**
     * @param findings why the previous attempt was rejected; empty for a first draft. A writer that
     *                 cannot learn (the template writer) ignores them.
     */
    Draft draft(FactSheet sheet, List<Finding> findings);
}
