package com.execassistant.core.context.file;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How far a budget line's actual spend is from plan, as a reader would say it ("over by 12%").
 *
 * @param percent the difference in whole percent of plan (rounded half up), signed; 0 when the plan
 *     is zero
 */
record Variance(Standing standing, int percent) {

    enum Standing {
        OVER,
        UNDER,
        ON_PLAN
    }

    /**
     * @param tolerancePercent a difference of less than this is "on plan": small drift is noise to
     *     an executive, and flagging it would bury the lines that matter
     */
    static Variance of(BigDecimal planned, BigDecimal actual, int tolerancePercent) {
        if (planned.signum() == 0) {
            return new Variance(actual.signum() > 0 ? Standing.OVER : Standing.ON_PLAN, 0);
        }
        int percent =
                actual.subtract(planned)
                        .multiply(BigDecimal.valueOf(100))
                        .divide(planned, 0, RoundingMode.HALF_UP)
                        .intValueExact();
        if (Math.abs(percent) < Math.max(tolerancePercent, 1)) {
            return new Variance(Standing.ON_PLAN, percent);
        }
        return new Variance(percent > 0 ? Standing.OVER : Standing.UNDER, percent);
    }

    /** "over by 12%", "under by 4%", "on plan", "unplanned spend". */
    String status(BigDecimal planned) {
        if (planned.signum() == 0 && standing == Standing.OVER) {
            return "unplanned spend";
        }
        return switch (standing) {
            case OVER -> "over by " + percent + "%";
            case UNDER -> "under by " + -percent + "%";
            case ON_PLAN -> "on plan";
        };
    }
}
