package com.execassistant.core.calendar.ics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How sources are told apart, fetched and named in messages. */
class IcsAddressTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    /home/exec/calendar.ics                                   | false
                    C:\\Users\\exec\\calendar.ics                             | false
                    https://calendar.google.com/calendar/ical/x/private-y/basic.ics | true
                    HTTP://127.0.0.1:8080/cal.ics                             | true
                    webcal://p12-caldav.icloud.com/published/2/abc            | true
                    """)
    void webAddressesAreToldApartFromFiles(String source, boolean url) {
        assertThat(IcsAddress.of(source).isUrl()).isEqualTo(url);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    webcal://p12-caldav.icloud.com/published/2/abc  | https://p12-caldav.icloud.com/published/2/abc
                    webcals://example.com/cal.ics                   | https://example.com/cal.ics
                    https://outlook.office365.com/owa/calendar/x/reachcalendar.ics | https://outlook.office365.com/owa/calendar/x/reachcalendar.ics
                    http://127.0.0.1:9000/cal.ics                   | http://127.0.0.1:9000/cal.ics
                    """)
    void webcalIsFetchedOverHttps(String source, String fetched) {
        assertThat(IcsAddress.of(source).uri()).hasToString(fetched);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    https://calendar.google.com/calendar/ical/a%40b.com/private-123/basic.ics | https://calendar.google.com/…
                    https://example.com/cal.ics?token=secret                                  | https://example.com/…
                    https://example.com                                                       | https://example.com
                    /home/exec/calendar.ics                                                   | /home/exec/calendar.ics
                    """)
    void messagesShowOnlyTheHostOfAWebAddress(String source, String shown) {
        assertThat(IcsAddress.of(source).displayName()).isEqualTo(shown);
    }
}
