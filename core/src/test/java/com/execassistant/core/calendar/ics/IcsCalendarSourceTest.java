package com.execassistant.core.calendar.ics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execassistant.core.calendar.CalendarFetch;
import com.execassistant.core.calendar.FetchRequest;
import com.execassistant.core.calendar.FetchResult;
import com.execassistant.core.meeting.CalendarEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The port implementation reading files and published addresses served on loopback. */
class IcsCalendarSourceTest {

    private static final FetchRequest MARCH =
            FetchRequest.full(
                    IcsCorpus.utcMidnight("2026-03-01"), IcsCorpus.utcMidnight("2026-04-01"));

    private final LoopbackCalendarServer server;

    IcsCalendarSourceTest() throws IOException {
        server = new LoopbackCalendarServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void fileSourceReturnsOneCompleteCalendarWithoutApiCalls(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("exec.ics");
        Files.writeString(
                file, IcsCorpus.text("contract-one-on-one-and-qbr.ics"), StandardCharsets.UTF_8);

        FetchResult result = source(file.toString()).fetch(MARCH);

        CalendarFetch calendar = result.calendars().getFirst();
        assertThat(result.calendars()).hasSize(1);
        assertThat(result.apiCalls()).isZero();
        assertThat(calendar.complete()).isTrue();
        assertThat(calendar.nextSyncState()).isNull();
        assertThat(calendar.calendarId()).isEqualTo(file.toString());
        assertThat(calendar.events()).hasSize(4);
    }

    @Test
    void publishedAddressIsDownloadedOnceAndExpanded() {
        server.serve(
                "/private-abc123/basic.ics",
                200,
                "text/calendar",
                IcsCorpus.text("contract-one-on-one-and-qbr.ics"));
        String url = server.url("/private-abc123/basic.ics");

        FetchResult result = source(url).fetch(MARCH);

        assertThat(result.apiCalls()).isEqualTo(1);
        assertThat(server.requests()).isEqualTo(1);
        assertThat(result.calendars().getFirst().events())
                .extracting(CalendarEvent::calendarId)
                .containsOnly(url);
    }

    @Test
    void ownerAddressMarksTheOwnersAttendeeEntry() {
        server.serve("/cal.ics", 200, "text/calendar", IcsCorpus.text("attendees.ics"));

        CalendarEvent prep =
                source(server.url("/cal.ics"))
                        .fetch(MARCH)
                        .calendars()
                        .getFirst()
                        .events()
                        .getFirst();

        assertThat(prep.declinedBySelf()).isTrue();
    }

    @Test
    void redirectIsFollowed() {
        server.serve("/new.ics", 200, "text/calendar", IcsCorpus.text("attendees.ics"));
        server.redirect("/old.ics", "/new.ics");

        assertThat(source(server.url("/old.ics")).fetch(MARCH).calendars().getFirst().events())
                .hasSize(1);
    }

    @Test
    void missingAddressIsAPlainNotFoundWithoutTheSecretPath() {
        server.serve("/", 404, "text/html", "<h1>Not found</h1>");
        String hostOnly = server.url("");

        assertThatThrownBy(() -> source(server.url("/private-secret/basic.ics")).fetch(MARCH))
                .isInstanceOf(IcsUnreadableException.class)
                .hasMessage(
                        "The calendar address "
                                + hostOnly
                                + "/… was not found (HTTP 404). Check that the address is complete"
                                + " and still published.")
                .hasMessageNotContaining("private-secret");
    }

    @Test
    void refusedAddressSaysTheSecretMayHaveBeenReset() {
        server.serve("/cal.ics", 401, "text/plain", "Unauthorized");

        assertThatThrownBy(() -> source(server.url("/cal.ics")).fetch(MARCH))
                .isInstanceOf(IcsUnreadableException.class)
                .hasMessageContaining("refused access (HTTP 401)")
                .hasMessageContaining("secret address may have been reset");
    }

    @Test
    void loginPageInsteadOfACalendarIsUnreadable() {
        server.serve("/cal.ics", 200, "text/html", "<html><body>Please sign in</body></html>");

        assertThatThrownBy(() -> source(server.url("/cal.ics")).fetch(MARCH))
                .isInstanceOf(IcsUnreadableException.class)
                .hasMessageEndingWith(
                        "is not an iCalendar file: it has no BEGIN:VCALENDAR section.");
    }

    @Test
    void unreachableServerIsAPlainSentence() {
        String url = server.url("/cal.ics");
        server.close();

        assertThatThrownBy(() -> source(url).fetch(MARCH))
                .isInstanceOf(IcsUnreadableException.class)
                .hasMessageStartingWith("The calendar address " + url.replace("/cal.ics", "/…"))
                .hasMessageContaining("could not be reached");
    }

    @Test
    void serverThatNeverAnswersTimesOut() {
        server.hang("/slow.ics");
        IcsFeedReader impatient =
                new IcsFeedReader(
                        IcsFeedReader.defaultHttpClient(), java.time.Duration.ofMillis(200));

        assertThatThrownBy(() -> impatient.read(IcsAddress.of(server.url("/slow.ics"))))
                .isInstanceOf(IcsUnreadableException.class)
                .hasMessageContaining("did not answer within");
    }

    @Test
    void missingFileIsAPlainSentence(@TempDir Path dir) {
        Path missing = dir.resolve("gone.ics");

        assertThatThrownBy(() -> source(missing.toString()).fetch(MARCH))
                .isInstanceOf(IcsUnreadableException.class)
                .hasMessage("The calendar file " + missing + " does not exist.");
    }

    private static IcsCalendarSource source(String source) {
        return new IcsCalendarSource(
                source, IcsCorpus.DEFAULT_ZONE, IcsCorpus.OWNER, IcsFeedReader.defaultHttpClient());
    }
}
