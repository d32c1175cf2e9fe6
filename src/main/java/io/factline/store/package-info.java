/**
 * The database: HikariCP pool, Flyway migrations, H2 or PostgreSQL, outage classification. Imports JDBI and
 * JDBC only. Start at Database.
 */
package io.factline.store;
