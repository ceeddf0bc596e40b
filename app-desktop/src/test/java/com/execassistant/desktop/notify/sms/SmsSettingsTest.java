package com.execassistant.desktop.notify.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmsSettingsTest {

    private static final SmsSettings VALID = SmsSettings.of("+14155550123", "us-east-1");

    @Test
    void noneIsNotConfigured() {
        assertThat(SmsSettings.none().configured()).isFalse();
    }

    @Test
    void aNumberAndARegionAreConfigured() {
        assertThat(VALID.configured()).isTrue();
    }

    @Test
    void anInvalidNumberIsRefusedWhenTheSettingsAreMade() {
        assertThatThrownBy(() -> SmsSettings.of("415-555-0123", "us-east-1"))
                .isInstanceOf(SmsSettingsException.class)
                .hasMessageContaining("not in international form");
    }

    @Test
    void aNumberWithoutARegionIsRefused() {
        assertThatThrownBy(() -> SmsSettings.of("+14155550123", null))
                .isInstanceOf(SmsSettingsException.class)
                .hasMessage("An AWS region is needed to send SMS, for example us-east-1.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"US East", "useast1", "us-east-1a", "Us-East-1"})
    void aMalformedRegionIsRefused(String region) {
        assertThatThrownBy(() -> SmsSettings.of("+14155550123", region))
                .isInstanceOf(SmsSettingsException.class)
                .hasMessage(
                        "The SMS region '"
                                + region
                                + "' is not an AWS region name such as"
                                + " us-east-1.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"us-east-1", "eu-central-1", "ap-southeast-2", "us-gov-west-1"})
    void realRegionNamesAreAccepted(String region) {
        assertThat(SmsSettings.of("+14155550123", region).region()).isEqualTo(region);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ExecAsst", "A", "Exec-Asst1", "ABCDEFGHIJK"})
    void validSenderIdsAreAccepted(String id) {
        assertThat(VALID.withSenderId(id).senderId()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "ABCDEFGHIJKL", "Exec Asst", "-Exec", "Exec-", "Exéc"})
    void invalidSenderIdsAreRefused(String id) {
        assertThatThrownBy(() -> VALID.withSenderId(id))
                .isInstanceOf(SmsSettingsException.class)
                .hasMessageStartingWith("The SMS sender id '" + id + "' must be 1 to 11");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://sns.example", "localhost:4566", "/relative"})
    void anEndpointOverrideMustBeAnHttpAddress(String endpoint) {
        assertThatThrownBy(() -> VALID.withEndpointOverride(URI.create(endpoint)))
                .isInstanceOf(SmsSettingsException.class)
                .hasMessage("The SNS endpoint '" + endpoint + "' must be an http(s) address.");
    }

    @Test
    void settingsPrintTheNumberMasked() {
        assertThat(VALID.withZone(ZoneId.of("UTC")).toString())
                .contains("+*******0123")
                .doesNotContain("4155550123");
    }
}
