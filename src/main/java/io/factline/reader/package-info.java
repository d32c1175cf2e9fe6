/**
 * What readers see, in their words: a fact's provenance as a sentence ("Close 653.70 on 23 Mar against
 * 646.90 on 20 Mar: +1.05%") with its inputs rounded for display and the full-precision calculation kept
 * behind it, the data set and provider a source names (never a file path), the reader numbering of
 * citations, and the front page's excerpt of a commentary (headline, lede, key figures). Pure: no
 * Javalin, JDBC or LangChain4j; the web package renders it.
 */
package io.factline.reader;
