package io.factline.drafts;

import io.factline.narrative.Writer;
import java.util.Optional;

/**
 * The writers a new draft can be asked of, by the names the API takes: "template", "llm" (the model,
 * when one is configured) and "auto" (the model if configured, else the template).
 */
public record Drafters(Writer template, Optional<Writer> model) {

    public Writer choose(String drafter) {
        if (drafter == null || drafter.isBlank() || drafter.equals("auto")) return model.orElse(template);
        if (drafter.equals("template")) return template;
        if (drafter.equals("llm")) {
            return model.orElseThrow(() -> new DraftProblem.InvalidInput("drafter",
                    "no model is configured on this server (OPENAI_API_KEY or OPENAI_BASE_URL); use auto or template"));
        }
        throw new DraftProblem.InvalidInput("drafter", "'" + drafter + "' is not a drafter; use auto, template or llm");
    }
}
