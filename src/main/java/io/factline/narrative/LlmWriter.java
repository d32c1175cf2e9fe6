package io.factline.narrative;

import io.factline.facts.FactSheet;
import io.factline.narrative.llm.DraftJson;
import io.factline.narrative.llm.ModelClient;

/**
 * Drafts through a language model: the daily prompt first, the repair prompt after a rejection (the
 * rejected draft section by section, each failing sentence marked with its findings and what a fix
 * looks like). Asks for the sections as structured JSON.
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
    public Draft draft(FactSheet sheet) {
        return ask(prompts.daily(sheet));
    }

    /** @throws io.factline.narrative.llm.ModelFailure when the model cannot give a usable reply */
    @Override
    public Draft redraft(FactSheet sheet, Review rejected) {
        return ask(prompts.repair(sheet, rejected));
    }

    private Draft ask(Prompt p) {
        return draftJson.parse(client.complete(p.system(), p.user(), draftJson.schema()));
    }
}
