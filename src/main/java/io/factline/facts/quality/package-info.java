/**
 * Data-quality checks over the price series (stale series, gaps, missing volume, splits, divergence, splices),
 * one rule per class, reported in the sheet's quality section. Imports market and facts only.
 */
package io.factline.facts.quality;
