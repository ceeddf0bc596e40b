package com.execassistant.desktop.notify.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmsTitleTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    QBR with ACME                                  | QBR with ACME
                    QBR with ACME https://zoom.us/j/123?pwd=x      | QBR with ACME
                    QBR with ACME (https://meet.google.com/abc)    | QBR with ACME
                    Standup - zoom.us/j/99887766                   | Standup
                    Sync on www.example.org today                  | Sync on today
                    Board prep [teams.microsoft.com/l/meetup]      | Board prep
                    Call with jane.doe@acme.com about v2.0         | Call with about v2.0
                    1:1 Ana / Bob                                  | 1:1 Ana / Bob
                    Réunion équipe à Zürich                        | Réunion équipe à Zürich
                    Café Łódź                                      | Café Lodz
                    Budget review – FY31…                          | Budget review - FY31...
                    """)
    void linksAreRemovedAndTypographyMadeGsm(String title, String expected) {
        assertThat(SmsTitle.clean(title, "Team sync")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}] -> [{2}]")
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            textBlock =
                    """
                    https://zoom.us/j/123 | Team sync | Team sync
                    NULL                  | Team sync | Team sync
                    '   '                 | NULL      | your meeting
                    """)
    void aTitleThatIsOnlyALinkFallsBackToTheMeetingType(
            String title, String type, String expected) {
        assertThat(SmsTitle.clean(title, type)).isEqualTo(expected);
    }
}
