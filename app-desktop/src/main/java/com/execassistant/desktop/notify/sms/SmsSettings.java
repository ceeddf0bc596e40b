package com.execassistant.desktop.notify.sms;

import java.net.URI;
import java.time.ZoneId;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where and how texts are sent. Without a phone number the SMS channel is simply not configured.
 *
 * @param phoneNumber the user's mobile number, or null when SMS is not set up
 * @param region the AWS region whose SNS sends the texts (one that supports SMS), e.g. us-east-1
 * @param endpointOverride another SNS address (a proxy, a VPC endpoint, a test fake), or null
 * @param senderId the alphanumeric sender shown where the destination country supports it, or null
 * @param zone the time zone meeting times are written in
 */
public record SmsSettings(
        PhoneNumber phoneNumber,
        String region,
        URI endpointOverride,
        String senderId,
        ZoneId zone) {

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");
    // SNS's own rule: 1-11 letters, digits or hyphens, at least one letter, no hyphen at the ends.
    private static final Pattern SENDER_ID =
            Pattern.compile("(?=.*[A-Za-z])[A-Za-z0-9](?:[A-Za-z0-9-]{0,9}[A-Za-z0-9])?");

    public SmsSettings {
        Objects.requireNonNull(zone, "zone");
        if (phoneNumber != null && (region == null || region.isBlank())) {
            throw new SmsSettingsException(
                    "An AWS region is needed to send SMS, for example us-east-1.");
        }
        if (region != null && !REGION.matcher(region).matches()) {
            throw new SmsSettingsException(
                    "The SMS region '" + region + "' is not an AWS region name such as us-east-1.");
        }
        if (senderId != null && !SENDER_ID.matcher(senderId).matches()) {
            throw new SmsSettingsException(
                    "The SMS sender id '"
                            + senderId
                            + "' must be 1 to 11 letters, digits or inner hyphens, with at least"
                            + " one letter.");
        }
        if (endpointOverride != null
                && (endpointOverride.getHost() == null
                        || !("http".equals(endpointOverride.getScheme())
                                || "https".equals(endpointOverride.getScheme())))) {
            throw new SmsSettingsException(
                    "The SNS endpoint '" + endpointOverride + "' must be an http(s) address.");
        }
    }

    /** SMS not set up: the channel reports itself unconfigured and is skipped. */
    public static SmsSettings none() {
        return new SmsSettings(null, null, null, null, ZoneId.systemDefault());
    }

    /**
     * Texts to {@code phoneNumber} through SNS in {@code region}, times in the system time zone.
     *
     * @throws SmsSettingsException when the number or region is malformed
     */
    public static SmsSettings of(String phoneNumber, String region) {
        return new SmsSettings(
                PhoneNumber.of(phoneNumber), region, null, null, ZoneId.systemDefault());
    }

    public SmsSettings withEndpointOverride(URI endpoint) {
        return new SmsSettings(phoneNumber, region, endpoint, senderId, zone);
    }

    public SmsSettings withSenderId(String id) {
        return new SmsSettings(phoneNumber, region, endpointOverride, id, zone);
    }

    public SmsSettings withZone(ZoneId timeZone) {
        return new SmsSettings(phoneNumber, region, endpointOverride, senderId, timeZone);
    }

    /** Whether there is a number to text. */
    public boolean configured() {
        return phoneNumber != null;
    }
}
