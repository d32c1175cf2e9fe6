/**
 * The metrics core: one small class per metric, the fact sheet and its JSON. Imports market and quality; no
 * Javalin, JDBC or LangChain4j. Start at FactEngine and FactSheet.
 */
package io.factline.facts;
