package com.execassistant.core.monitor;

import java.util.List;

/** Where the user's type choices are kept; read by the monitor once per calendar it compares. */
public interface TypeOverrides {

    /** No choices at all: every meeting gets the classifier's type. */
    TypeOverrides NONE = accountId -> List.of();

    /** Every choice made for meetings and series of one account. */
    List<TypeOverride> forAccount(String accountId);
}
