package com.execassistant.core.classify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeywordScannerTest {

    private static boolean matches(String keyword, String text) {
        return new KeywordScanner(List.of(List.of(keyword))).scan(text, text.length())[0] != null;
    }

    @ParameterizedTest(name = "keyword \"{0}\" in \"{1}\" -> {2}")
    @CsvSource(
            delimiterString = "|",
            textBlock =
                    """
                    1:1          | 1:1 Alice / Bob                 | true
                    1:1          | Alice/Bob 1-1                   | true
                    1:1          | weekly 1 : 1                    | true
                    1:1          | Alice/Bob 1∶1 (ratio colon)      | true
                    1:1          | 1:1s catch-up                   | true
                    1:1          | 11:00 sync                      | false
                    1:1          | meeting at 1:10                 | false
                    1:1          | Release v1.1 planning           | false
                    1:1          | Q1-1 planning                   | false
                    1on1         | Weekly 1on1                     | true
                    1on1         | weekly 1 on 1                   | true
                    1on1         | 1-on-1 with Sam                 | true
                    one-on-one   | One on one                      | true
                    one-on-one   | one-on-ones                     | true
                    one-on-one   | someone on one                  | false
                    SEV          | SEV1 review                     | true
                    SEV          | Sev-2 retro                     | true
                    SEV          | sev 0                           | true
                    SEV          | 🚨SEV🚨 war room                | true
                    SEV          | Seven wonders                   | false
                    SEV          | several topics                  | false
                    SEV          | Severance policy                | false
                    SEV          | pre-sev drill                   | true
                    SEV          | sevs this month                 | true
                    QBR          | Q3 QBR                          | true
                    QBR          | QBRs                            | true
                    QBR          | (QBR)                           | true
                    QBR          | AQBR tooling                    | false
                    QBR          | QBRT sync                       | false
                    post-mortem  | Postmortem: payments            | true
                    post-mortem  | Post mortem - API               | true
                    post-mortem  | POST-MORTEM                     | true
                    all hands    | All-Hands                       | true
                    all hands    | allhands                        | true
                    staff meeting | Staffing meeting               | false
                    ELT          | Celtics game                    | false
                    ELT          | ELT offsite                     | true
                    leadership   | Leadership's priorities         | true
                    leadership   | Réunion LEADERSHIP équipe       | true
                    réunion      | RÉUNION d'équipe                | true
                    """)
    void matchesWholeWordsIgnoringCaseAndPunctuation(
            String keyword, String text, boolean expected) {
        assertThat(matches(keyword, text)).isEqualTo(expected);
    }

    @Test
    void reportsTheLongestKeywordAtTheSamePlace() {
        KeywordScanner scanner =
                new KeywordScanner(List.of(List.of("leadership", "leadership team")));

        KeywordScanner.Hit hit = scanner.scan("Leadership Team weekly", 100)[0];

        assertThat(hit.keyword()).isEqualTo("leadership team");
        assertThat(hit.found()).isEqualTo("Leadership Team");
    }

    @Test
    void findsTheFirstHitOfEveryTypeInOnePass() {
        KeywordScanner scanner = new KeywordScanner(List.of(List.of("sev"), List.of("leadership")));

        KeywordScanner.Hit[] hits = scanner.scan("Leadership review of SEV2", 100);

        assertThat(hits[0].found()).isEqualTo("SEV");
        assertThat(hits[1].found()).isEqualTo("Leadership");
    }

    @Test
    void readsNoFurtherThanTheLimit() {
        KeywordScanner scanner = new KeywordScanner(List.of(List.of("sev")));

        assertThat(scanner.scan("notes about a SEV", 10)[0]).isNull();
        assertThat(scanner.scan("notes about a SEV", 17)[0]).isNotNull();
    }
}
