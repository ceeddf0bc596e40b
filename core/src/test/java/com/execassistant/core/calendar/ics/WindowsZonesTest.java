package com.execassistant.core.calendar.ics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Outlook's Windows zone names resolve to the time-zone database. */
class WindowsZonesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    Eastern Standard Time   | America/New_York
                    pacific standard time   | America/Los_Angeles
                    W. Europe Standard Time | Europe/Berlin
                    GMT Standard Time       | Europe/London
                    India Standard Time     | Asia/Kolkata
                    AUS Eastern Standard Time | Australia/Sydney
                    """)
    void windowsNameMapsToItsIanaZone(String windowsName, String iana) {
        assertThat(WindowsZones.lookup(windowsName)).contains(ZoneId.of(iana));
    }

    @Test
    void tableCoversTheWorldsZones() {
        assertThat(WindowsZones.all()).hasSizeGreaterThan(130);
    }

    @Test
    void unknownNameHasNoZone() {
        assertThat(WindowsZones.lookup("Customized Time Zone")).isEmpty();
    }
}
