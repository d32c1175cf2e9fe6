/**
 * The editors' desk as a working tool (issue 17, section 2): the quick fixes the validator's findings
 * allow ("replace 1.95% with 1.05%", "cite [F14]"), the fact picker's search over a draft's sheet, and
 * the review queue's filters, sort and pages. Pure logic over facts, validation reports and draft
 * summaries: no Javalin, JDBC or LangChain4j here; the web handlers only read requests and render.
 */
package io.factline.desk;
