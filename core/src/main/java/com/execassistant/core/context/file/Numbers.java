package com.execassistant.core.context.file;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers written the same way on every machine, whatever its locale: "1,344,000". */
final class Numbers {

    private Numbers() {}

    static String amount(BigDecimal value) {
        DecimalFormat format =
                new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.US));
        return format.format(value);
    }

    static String money(BigDecimal value, String currency) {
        return amount(value) + " " + currency;
    }

    static String signedMoney(BigDecimal value, String currency) {
        return (value.signum() > 0 ? "+" : value.signum() < 0 ? "-" : "")
                + money(value.abs(), currency);
    }

    /** "1 open req", "3 open reqs". */
    static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
