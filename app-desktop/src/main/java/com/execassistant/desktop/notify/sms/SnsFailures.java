package com.execassistant.desktop.notify.sms;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Turns what the SDK throws into the plain reason recorded with the notification. The reason never
 * quotes SNS's own message: SNS names the phone number in it ("+1415... is not valid to publish
 * to").
 */
final class SnsFailures {

    static final String PREFIX = "SMS could not be sent: ";

    private static final Set<String> BAD_CREDENTIALS =
            Set.of(
                    "InvalidClientTokenId",
                    "SignatureDoesNotMatch",
                    "UnrecognizedClientException",
                    "IncompleteSignature",
                    "ExpiredToken",
                    "ExpiredTokenException",
                    "InvalidSecurity",
                    "MissingAuthenticationToken");
    private static final Set<String> NOT_ALLOWED =
            Set.of("AuthorizationError", "AccessDenied", "AccessDeniedException");
    private static final Set<String> THROTTLED =
            Set.of(
                    "Throttled",
                    "Throttling",
                    "ThrottlingException",
                    "RequestLimitExceeded",
                    "TooManyRequestsException");

    // Any run of 7 or more digits, with or without a +, spaces or dashes: a phone number.
    private static final Pattern NUMBER = Pattern.compile("\\+?\\d(?:[ -]?\\d){6,}");

    private SnsFailures() {}

    /** The text with every phone-number-like run of digits masked as {@link PhoneNumber} does. */
    static String maskNumbers(String text) {
        if (text == null) {
            return "";
        }
        return NUMBER.matcher(text).replaceAll(m -> masked(m.group()));
    }

    private static String masked(String number) {
        String digits = number.replaceAll("\\D", "");
        try {
            return PhoneNumber.of("+" + digits).masked();
        } catch (SmsSettingsException notAPhoneNumber) {
            return "*".repeat(digits.length() - 2) + digits.substring(digits.length() - 2);
        }
    }

    /** The plain reason, starting "SMS could not be sent: ". */
    static String reason(SdkException e) {
        return PREFIX + (e instanceof AwsServiceException s ? serviceReason(s) : clientReason(e));
    }

    private static String serviceReason(AwsServiceException e) {
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        String message = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorMessage();
        String lower = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if ("OptedOut".equals(code) || lower.contains("opted out")) {
            return "the phone number is opted out (it replied STOP; texting START to the sender"
                    + " number opts back in)";
        }
        if (code != null && code.startsWith("InvalidParameter") && lower.contains("phonenumber")) {
            return "SNS does not accept the phone number (check it, and that this AWS region"
                    + " sends SMS)";
        }
        if (code != null && code.startsWith("InvalidParameter")) {
            return "SNS refused the message as invalid (" + code + ")";
        }
        if (NOT_ALLOWED.contains(code)) {
            return "the AWS credentials are not allowed to publish to SNS (sns:Publish), or the"
                    + " account is still in the SMS sandbox";
        }
        if (BAD_CREDENTIALS.contains(code) || e.statusCode() == 403) {
            return "AWS did not accept the credentials (check the access key and the clock)";
        }
        if (THROTTLED.contains(code) || e.isThrottlingException()) {
            return "SNS is limiting how fast texts are sent; it will be tried again later";
        }
        if (e.statusCode() >= 500) {
            return "SNS had a problem on its side (HTTP " + e.statusCode() + ")";
        }
        return "SNS refused the message (" + (code == null ? "HTTP " + e.statusCode() : code) + ")";
    }

    private static String clientReason(SdkException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.startsWith("Unable to load credentials")) {
            return "no AWS credentials were found (set an AWS profile or the AWS_ACCESS_KEY_ID"
                    + " and AWS_SECRET_ACCESS_KEY variables)";
        }
        if (e instanceof ApiCallTimeoutException || causedBy(e, SocketTimeoutException.class)) {
            return "SNS did not answer in time";
        }
        if (causedBy(e, UnknownHostException.class)) {
            return "the SNS address could not be found (is the computer offline?)";
        }
        if (causedBy(e, ConnectException.class)) {
            return "SNS could not be reached (the connection was refused)";
        }
        if (causedBy(e, InterruptedIOException.class)) {
            return "SNS did not answer in time";
        }
        return "SNS could not be reached";
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
