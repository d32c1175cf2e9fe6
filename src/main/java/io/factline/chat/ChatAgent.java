package io.factline.chat;

import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;

/**
 * The LangChain4j AI service over the facts tools. The prompt is passed as a template variable, so its
 * text (which holds the reader's question) is inserted verbatim and never read as a template itself.
 */
public interface ChatAgent {

    @UserMessage("{{prompt}}")
    String answer(@V("prompt") String prompt);
}
