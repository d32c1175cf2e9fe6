/**
 * Drafts under review: states and transitions, versions, audit trail, editor-sourced facts and the store
 * (JDBI). Imports facts, validation, narrative; no Javalin. Start at DraftWorkflow.
 */
package io.factline.drafts;
