package com.execassistant.core.notify.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execassistant.core.notify.slack.SlackRequestVerifier.Verdict;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlackRequestVerifierTest {

    // The worked example from Slack's documentation on verifying requests.
    static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final String TIMESTAMP = "1531420618";
    static final String BODY =
            "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    static final String SIGNATURE =
            "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    private static SlackRequestVerifier at(long nowEpochSecond, String secret) {
        return new SlackRequestVerifier(
                secret, Clock.fixed(Instant.ofEpochSecond(nowEpochSecond), ZoneOffset.UTC));
    }

    @Test
    void signsSlacksDocumentedExampleToTheDocumentedSignature() {
        assertThat(at(1531420618L, SECRET).sign(TIMESTAMP, BODY)).isEqualTo(SIGNATURE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // case,                              now offset s, secret,            body tampered,
        // signature,    verdict
        "genuine request,                     0,            "
                + SECRET
                + ", false, "
                + SIGNATURE
                + ", VALID",
        "genuine request 4 min 59 s later,    299,          "
                + SECRET
                + ", false, "
                + SIGNATURE
                + ", VALID",
        "replayed 5 min 1 s later,            301,          "
                + SECRET
                + ", false, "
                + SIGNATURE
                + ", STALE",
        "timestamp 6 min in the future,       -360,         "
                + SECRET
                + ", false, "
                + SIGNATURE
                + ", STALE",
        "body changed in transit,             0,            "
                + SECRET
                + ", true,  "
                + SIGNATURE
                + ", BAD_SIGNATURE",
        "signed with another secret,          0,            another-secret-0123456789, false, "
                + SIGNATURE
                + ", BAD_SIGNATURE",
        "signature without the v0 prefix,     0,            "
                + SECRET
                + ", false, a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503, BAD_SIGNATURE",
        "signature of another scheme,         0,            "
                + SECRET
                + ", false, v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503, BAD_SIGNATURE",
    })
    void judgesARequest(
            String name,
            long nowOffset,
            String secret,
            boolean tampered,
            String signature,
            Verdict expected) {
        String body = tampered ? BODY.replace("roadrunner", "coyote") : BODY;
        SlackRequestVerifier verifier = at(1531420618L + nowOffset, secret);

        assertThat(verifier.check(TIMESTAMP, body, signature)).isEqualTo(expected);
        assertThat(verifier.isValid(TIMESTAMP, body, signature))
                .isEqualTo(expected == Verdict.VALID);
    }

    @ParameterizedTest(name = "timestamp [{0}]")
    @CsvSource(
            value = {"NULL", "''", "yesterday", "1531420618.5"},
            nullValues = "NULL")
    void refusesAMissingOrUnreadableTimestamp(String timestamp) {
        assertThat(at(1531420618L, SECRET).check(timestamp, BODY, SIGNATURE))
                .isEqualTo(Verdict.MISSING);
    }

    @Test
    void refusesARequestWithoutSignature() {
        assertThat(at(1531420618L, SECRET).check(TIMESTAMP, BODY, null)).isEqualTo(Verdict.MISSING);
    }

    @Test
    void refusesAnEmptySigningSecret() {
        assertThatThrownBy(() -> at(0, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The Slack signing secret is empty.");
    }
}
