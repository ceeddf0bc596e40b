package com.execassistant.core.prep;

class InMemoryPrepRunStoreTest extends PrepRunStoreContract {

    @Override
    protected PrepRunStore store() {
        return new InMemoryPrepRunStore();
    }
}
