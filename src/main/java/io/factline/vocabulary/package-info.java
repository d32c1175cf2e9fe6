/**
 * The one vocabulary of what market writers call things — sector names across naming schemes, size
 * groups, the broad market, and the instruments and asset classes a fact sheet may not have — shared by
 * the validator (which must tell who a figure is about) and the chat (which must tell what a reader asks
 * about). Plain data, no dependencies.
 */
package io.factline.vocabulary;
