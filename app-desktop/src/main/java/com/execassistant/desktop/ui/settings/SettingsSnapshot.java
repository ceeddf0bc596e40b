package com.execassistant.desktop.ui.settings;

import com.execassistant.core.account.Account;
import com.execassistant.desktop.prep.config.PrepConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything the Settings page shows, read in one go off the FX thread.
 *
 * @param masks each settings secret's masked form ("xoxb-…7f3a set" or "not set"), by name
 */
record SettingsSnapshot(
        PrepConfig config, Map<String, String> masks, List<Account> accounts, Path workspace) {}
