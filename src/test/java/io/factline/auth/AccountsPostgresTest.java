package io.factline.auth;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.factline.store.Database;
import io.factline.store.TestDatabases;

/** The same contract on a real PostgreSQL; skipped, saying so, when FACTLINE_TEST_DB_URL is not set. */
class AccountsPostgresTest extends AccountsContract {

    @Override
    Database open() {
        assumeTrue(TestDatabases.postgresConfigured(), "FACTLINE_TEST_DB_URL not set: no PostgreSQL for this run");
        return TestDatabases.postgres().orElseThrow();
    }
}
