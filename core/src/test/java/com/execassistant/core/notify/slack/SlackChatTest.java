package com.execassistant.core.notify.slack;

import static com.execassistant.core.notify.slack.FakeSlackWeb.DM;
import static com.execassistant.core.notify.slack.FakeSlackWeb.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execassistant.core.notify.NotificationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SlackChatTest {

    private final FakeSlackWeb slack = new FakeSlackWeb();
    private final SlackChat chat = new SlackChat(new SlackWeb(slack.settings()));

    @AfterEach
    void stop() {
        slack.close();
    }

    @Test
    void postsTheQuestionIntoTheDirectMessageAndReturnsItsTimestamp() {
        String ts = chat.postText(USER, "What is your top priority for this meeting?");

        assertThat(ts).isEqualTo("1700000000.000100");
        assertThat(slack.onlyForm("chat.postMessage"))
                .containsEntry("channel", DM)
                .containsEntry("text", "What is your top priority for this meeting?");
    }

    @Test
    void escapesSlacksControlCharactersSoTheTextShowsAsWritten() {
        chat.postText(USER, "Budget <Q3> & hiring");

        assertThat(slack.onlyForm("chat.postMessage"))
                .containsEntry("text", "Budget &lt;Q3&gt; &amp; hiring");
    }

    @Test
    void opensTheDirectMessageOnceForManyQuestions() {
        chat.postText(USER, "Question 1");
        chat.postText(USER, "Question 2");

        assertThat(slack.calls("conversations.open")).hasSize(1);
        assertThat(slack.calls("chat.postMessage")).hasSize(2);
        assertThat(chat.dmWith(USER)).isEqualTo(DM);
    }

    @Test
    void aRefusalIsAPlainReason() {
        slack.answer("chat.postMessage", "{\"ok\":false,\"error\":\"channel_not_found\"}");

        assertThatThrownBy(() -> chat.postText(USER, "Question 1"))
                .isInstanceOf(NotificationException.class)
                .hasMessage("Slack rejected the message: channel_not_found");
    }
}
