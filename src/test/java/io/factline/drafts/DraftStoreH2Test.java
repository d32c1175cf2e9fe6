package io.factline.drafts;

import io.factline.store.Database;
import io.factline.store.TestDatabases;

class DraftStoreH2Test extends DraftStoreContract {

    @Override
    Database open() {
        return TestDatabases.h2();
    }
}
