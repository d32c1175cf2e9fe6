package io.factline.narrative;

import io.factline.facts.FactSheet;
import io.factline.narrative.llm.DraftJson;
import io.factline.narrative.llm.ModelClient;
import java.util.List;

/**
 * Drafts through a language model: the daily prompt first, the repair prompt (the validator's
 * findings, never the rejected prose) after a rejection. Asks for the sections as structured JSON.
 */
public final class LlmWriter implements Writer {

    private final ModelClient client;
    private final PromptBuilder prompts;
    private final DraftJson draftJson = new DraftJson();

    public LlmWriter(ModelClient client, PromptBuilder prompts) {
        this.client = client;
        this.prompts = prompts;
    }

    @Override
    public String name() {
        return "llm:" + client.modelName();
    }

    /** @throws io.factline.narrative.llm.ModelFailure when the model cannot give a usable reply */
    @Override
    public Draft draft(FactSheet sheet, List<Finding> findings) {
        Prompt p = findings.isEmpty() ? prompts.daily(sheet) : prompts.repair(sheet, findings);
        return draftJson.parse(client.complete(p.system(), p.user(), draftJson.schema()));
    }
}
