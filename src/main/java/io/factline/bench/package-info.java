/**
 * The benchmarks behind {@code bench}: facts, validator, commentary and universe suites, timed by Timer over
 * generated or bundled data. Imports market, facts, validation, narrative; never cli, never test resources.
 * Start at BenchSuite.
 */
package io.factline.bench;
