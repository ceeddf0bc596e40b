package com.execassistant.core.notify.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecentIdsTest {

    @Test
    void anIdIsNewOnlyTheFirstTime() {
        RecentIds ids = new RecentIds(3);

        assertThat(ids.firstTime("a")).isTrue();
        assertThat(ids.firstTime("a")).isFalse();
    }

    @Test
    void forgetsTheOldestBeyondItsCapacity() {
        RecentIds ids = new RecentIds(3);
        ids.firstTime("a");
        ids.firstTime("b");
        ids.firstTime("c");
        ids.firstTime("d");

        assertThat(ids.firstTime("b")).isFalse();
        assertThat(ids.firstTime("a")).isTrue();
    }

    @Test
    void somethingWithoutAnIdIsAlwaysHandled() {
        RecentIds ids = new RecentIds(3);

        assertThat(ids.firstTime(null)).isTrue();
        assertThat(ids.firstTime(null)).isTrue();
    }
}
