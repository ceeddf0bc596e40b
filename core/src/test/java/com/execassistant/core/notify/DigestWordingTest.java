package com.execassistant.core.notify;

import static com.execassistant.core.notify.NotificationDispatcherTest.prepStart;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DigestWordingTest {

    private static List<Notification> titled(String... titles) {
        return java.util.Arrays.stream(titles)
                .map(
                        t ->
                                new Notification(
                                        "run-" + t,
                                        Purpose.PREP_START,
                                        null,
                                        t,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null))
                .toList();
    }

    @Test
    void theHeadlineCountsTheMeetings() {
        assertThat(DigestWording.headline(List.of(prepStart("r1"), prepStart("r2"))))
                .isEqualTo("2 meetings to prep for");
    }

    @Test
    void beyondTheShownTitlesTheRestAreCounted() {
        assertThat(DigestWording.titles(titled("A", "B", "C", "D"), 2))
                .isEqualTo("A, B and 2 more");
    }

    @Test
    void oneTitleLeftOverIsNamedRatherThanCounted() {
        assertThat(DigestWording.titles(titled("A", "B", "C"), 2)).isEqualTo("A, B and C");
        assertThat(DigestWording.titles(titled("A"), 2)).isEqualTo("A");
    }
}
