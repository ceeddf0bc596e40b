package com.execassistant.desktop.notify.sms;

import java.util.regex.Pattern;

/**
 * A phone number in E.164 form ({@code +14155550123}). Its {@link #toString()} is masked so the
 * number never reaches a log line by accident; only {@link #e164()} gives the whole number.
 */
public final class PhoneNumber {

    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");
    // People paste numbers as they write them: "+1 (415) 555-0123".
    private static final Pattern SEPARATORS = Pattern.compile("[\\s().\\-]");

    private final String e164;

    private PhoneNumber(String e164) {
        this.e164 = e164;
    }

    /**
     * Reads a number in international form; spaces, dots, dashes and parentheses are ignored.
     *
     * @throws SmsSettingsException with a plain sentence when it is not an international number
     */
    public static PhoneNumber of(String text) {
        if (text == null || text.isBlank()) {
            throw new SmsSettingsException("The SMS phone number is empty.");
        }
        String compact = SEPARATORS.matcher(text.strip()).replaceAll("");
        if (E164.matcher(compact).matches()) {
            return new PhoneNumber(compact);
        }
        String hint;
        if (compact.startsWith("00")) {
            hint = "write + instead of the leading 00";
        } else if (!compact.startsWith("+")) {
            hint = "start with + and the country code";
        } else if (!compact.substring(1).chars().allMatch(Character::isDigit)) {
            hint = "use digits only after the +";
        } else {
            hint = "it needs 7 to 15 digits after the +, the first not 0";
        }
        throw new SmsSettingsException(
                "The SMS phone number is not in international form ("
                        + hint
                        + "), for example +14155550123.");
    }

    /** The whole number, for the SMS request only. */
    public String e164() {
        return e164;
    }

    /**
     * The number with all but its last digits hidden: the last 4 of a long number, the last 2 of a
     * short one, so a log reader can tell numbers apart without being able to call them.
     */
    public String masked() {
        int digits = e164.length() - 1;
        int shown = digits >= 10 ? 4 : 2;
        return "+" + "*".repeat(digits - shown) + e164.substring(e164.length() - shown);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PhoneNumber that && e164.equals(that.e164);
    }

    @Override
    public int hashCode() {
        return e164.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
