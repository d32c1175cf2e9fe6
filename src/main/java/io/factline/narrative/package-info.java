/**
 * The daily commentary: prompts, the template and LLM writers, the repair loop and the commentary desk that
 * only returns validated text. Imports facts, validation, narrative.llm. Start at CommentaryDesk.
 */
package io.factline.narrative;
