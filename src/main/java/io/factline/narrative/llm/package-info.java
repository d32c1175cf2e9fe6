/**
 * The one door to the model: ModelClient (one prompt in, text or a ModelFailure out, retries per the README's
 * table), its settings and failure classifier. Imports LangChain4j, the OpenAI SDK and Failsafe. Start at ModelClient.
 */
package io.factline.narrative.llm;
