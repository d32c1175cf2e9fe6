package io.factline.auth;

import io.factline.store.Database;
import io.factline.store.TestDatabases;

class AccountsH2Test extends AccountsContract {

    @Override
    Database open() {
        return TestDatabases.h2();
    }
}
