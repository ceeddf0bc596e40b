package com.execassistant.core.chat;

class InMemoryChatSessionsTest extends ChatSessionsContract {

    @Override
    protected ChatSessions sessions() {
        return new InMemoryChatSessions();
    }
}
