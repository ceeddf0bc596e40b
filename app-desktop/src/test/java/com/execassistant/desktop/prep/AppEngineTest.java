package com.execassistant.desktop.prep;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.notify.slack.FakeSlackWeb;
import com.execassistant.core.notify.slack.FakeSocketMode;
import com.execassistant.core.notify.slack.SlackNotifier;
import com.execassistant.core.notify.slack.SlackWeb;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's engine keeps trying to reach Slack's Socket Mode when it could not at start. */
class AppEngineTest {

    @TempDir Path dir;
    private PrepFixture f;
    private AppEngine engine;
    private final FakeSlackWeb slack = new FakeSlackWeb();
    private final FakeSocketMode socket = new FakeSocketMode();

    @AfterEach
    void stop() throws Exception {
        if (engine != null) {
            engine.close();
        }
        f.close();
        slack.close();
        socket.stop(1000);
    }

    private AppEngine engine(SlackWeb web) throws Exception {
        f = new PrepFixture(dir);
        PrepRuntime rt =
                new PrepRuntime(
                        f.db,
                        f.config,
                        f.clock,
                        f.options(() -> List.of(new SlackNotifier(web)), null));
        return new AppEngine(rt, web, Duration.ofDays(30), Duration.ofMillis(100));
    }

    @Test
    void slackUnreachableAtStartIsTriedAgainUntilItListens() throws Exception {
        slack.answer("apps.connections.open", "{\"ok\":false,\"error\":\"service_unavailable\"}");
        SlackWeb web = new SlackWeb(slack.settings());
        engine = engine(web);

        assertThat(engine.start()).isTrue();
        long firstTry = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (slack.calls("apps.connections.open").isEmpty() && System.nanoTime() < firstTry) {
            Thread.sleep(10); // the first attempt runs off the starting thread
        }
        assertThat(slack.calls("apps.connections.open")).hasSize(1);
        assertThat(engine.listeningToSlack()).isFalse();

        slack.answer("apps.connections.open", "{\"ok\":true,\"url\":\"" + socket.begin() + "\"}");
        socket.awaitConnection();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!engine.listeningToSlack() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(engine.listeningToSlack()).isTrue();
        assertThat(slack.calls("apps.connections.open").size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void startingTwiceStartsOnce() throws Exception {
        engine = engine(null);

        assertThat(engine.start()).isTrue();
        assertThat(engine.start()).isFalse();
        assertThat(engine.listeningToSlack()).isFalse();
    }
}
