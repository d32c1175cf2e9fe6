/**
 * The chat: reads a question (offline QuestionReader, or a LangChain4j model path with tools), gathers facts,
 * drafts and validates the answer; nothing unvalidated leaves ChatDesk. Imports facts, validation, narrative
 * and LangChain4j; no Javalin or JDBC. Start at ChatDesk.
 */
package io.factline.chat;
