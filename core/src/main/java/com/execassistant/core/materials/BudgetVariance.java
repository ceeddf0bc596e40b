package com.execassistant.core.materials;

import com.execassistant.core.context.ContextItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How far a budget line is from plan, read from its planned and actual amounts when both are
 * numbers, else from its status ("over by 12%", "+12%", "8% under plan", "over budget").
 *
 * @param percent the variance in whole percent, positive when over plan; null when only the
 *     direction is known
 */
record BudgetVariance(boolean over, Integer percent) {

    private static final Pattern PERCENT_AFTER =
            Pattern.compile("(?i)\\b(over|under|above|below)\\D{0,12}?(\\d+(?:\\.\\d+)?)\\s*%");
    private static final Pattern PERCENT_BEFORE =
            Pattern.compile("(?i)(\\d+(?:\\.\\d+)?)\\s*%\\s*(over|under|above|below)");
    private static final Pattern SIGNED = Pattern.compile("^\\s*([+-]\\d+(?:\\.\\d+)?)\\s*%");
    private static final Pattern WORD = Pattern.compile("(?i)\\b(over|under)\\b");
    private static final Pattern AMOUNT =
            Pattern.compile("(?i)^[^\\d-]*(-?[\\d,]+(?:\\.\\d+)?)\\s*([kmb])?\\b.*$");

    /** Lines within one percent of plan count as on plan and yield nothing. */
    static Optional<BudgetVariance> of(ContextItem item) {
        Optional<BigDecimal> planned = amount(item.attributes(), "planned", "plan", "budget");
        Optional<BigDecimal> actual = amount(item.attributes(), "actual", "forecast", "spent");
        if (planned.isPresent() && actual.isPresent() && planned.get().signum() > 0) {
            BigDecimal pct =
                    actual.get()
                            .subtract(planned.get())
                            .multiply(BigDecimal.valueOf(100))
                            .divide(planned.get(), 0, RoundingMode.HALF_UP);
            return fromPercent(pct.intValue());
        }
        return fromStatus(item.status());
    }

    private static Optional<BudgetVariance> fromStatus(String status) {
        if (status == null) {
            return Optional.empty();
        }
        Matcher m = PERCENT_AFTER.matcher(status);
        if (m.find()) {
            return fromPercent(signed(m.group(1), m.group(2)));
        }
        m = PERCENT_BEFORE.matcher(status);
        if (m.find()) {
            return fromPercent(signed(m.group(2), m.group(1)));
        }
        m = SIGNED.matcher(status);
        if (m.find()) {
            return fromPercent(
                    new BigDecimal(m.group(1)).setScale(0, RoundingMode.HALF_UP).intValue());
        }
        m = WORD.matcher(status);
        if (m.find()) {
            return Optional.of(new BudgetVariance(m.group(1).equalsIgnoreCase("over"), null));
        }
        return Optional.empty();
    }

    private static int signed(String direction, String number) {
        int pct = new BigDecimal(number).setScale(0, RoundingMode.HALF_UP).intValue();
        String d = direction.toLowerCase(Locale.ROOT);
        return d.equals("over") || d.equals("above") ? pct : -pct;
    }

    private static Optional<BudgetVariance> fromPercent(int pct) {
        return Math.abs(pct) < 1 ? Optional.empty() : Optional.of(new BudgetVariance(pct > 0, pct));
    }

    private static Optional<BigDecimal> amount(Map<String, String> attributes, String... keys) {
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            for (String key : keys) {
                if (e.getKey().equalsIgnoreCase(key) && e.getValue() != null) {
                    Optional<BigDecimal> value = parseAmount(e.getValue());
                    if (value.isPresent()) {
                        return value;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Reads "$380K", "380,000", "1.2M", "EUR 40k". */
    static Optional<BigDecimal> parseAmount(String text) {
        Matcher m = AMOUNT.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(m.group(1).replace(",", ""));
        String unit = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        return Optional.of(
                switch (unit) {
                    case "k" -> value.multiply(BigDecimal.valueOf(1_000));
                    case "m" -> value.multiply(BigDecimal.valueOf(1_000_000));
                    case "b" -> value.multiply(BigDecimal.valueOf(1_000_000_000));
                    default -> value;
                });
    }
}
