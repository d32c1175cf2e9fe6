/**
 * The picocli commands: each parses options into typed values, calls the feature and writes output; a user
 * mistake is a UserError (exit 2). Imports the features; no JDBC or Javalin. Start at Cli.
 */
package io.factline.cli;
