package com.execassistant.core.notify;

class InMemoryNotificationLogTest extends NotificationLogContract {

    @Override
    protected NotificationLog log() {
        return new InMemoryNotificationLog();
    }
}
