package com.execassistant.core.monitor;

import java.util.Objects;

/**
 * The user's choice of type for one meeting or for every meeting of a recurring series. The monitor
 * applies it in place of the classifier's type on every sync, so a re-sync never undoes it.
 *
 * @param accountId the account the meeting belongs to (series ids are only unique per account)
 * @param targetId the meeting's stable id, or the provider's series id for {@link Scope#SERIES}
 * @param type the chosen meeting type's name
 */
public record TypeOverride(String accountId, Scope scope, String targetId, String type) {

    public TypeOverride {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(type, "type");
    }

    /** What the choice covers. */
    public enum Scope {
        /** One occurrence: the meeting id. */
        MEETING,
        /** Every occurrence of a series, past and future; an occurrence's own choice wins. */
        SERIES
    }

    /** The explanation kept as the meeting's rule, e.g. "qbr: set by you". */
    public String rule() {
        return type
                + (scope == Scope.SERIES
                        ? ": set by you for every meeting in the series"
                        : ": set by you");
    }
}
