package com.execassistant.desktop.settings;

import com.execassistant.core.secrets.SecretVault;
import com.execassistant.desktop.prep.PrepWiring;
import java.util.Optional;
import java.util.Set;

/**
 * The secrets the Settings page may change, under the names the CLI's {@code secrets set} uses, in
 * the workspace's encrypted vault. Callers see them masked; the plain value leaves only to build a
 * client that needs it.
 */
public final class StoredSecrets {

    public static final Set<String> NAMES =
            Set.of(
                    PrepWiring.SLACK_BOT_TOKEN,
                    PrepWiring.SLACK_APP_TOKEN,
                    PrepWiring.OPENAI_API_KEY);

    private final SecretVault vault;

    public StoredSecrets(SecretVault vault) {
        this.vault = vault;
    }

    /** What the page shows for a secret: masked, or "not set". */
    public String masked(String name) {
        return SecretMask.of(vault.get(check(name)).orElse(null));
    }

    public boolean isSet(String name) {
        return vault.get(check(name)).isPresent();
    }

    /** Stores a new value encrypted; a blank value changes nothing. */
    public void put(String name, String value) {
        if (value != null && !value.isBlank()) {
            vault.put(check(name), value.strip());
        }
    }

    public void remove(String name) {
        vault.remove(check(name));
    }

    /** The value typed now if any, else the stored one: what a "Test" should use. */
    Optional<String> typedOrStored(String name, String typed) {
        return typed != null && !typed.isBlank()
                ? Optional.of(typed.strip())
                : vault.get(check(name));
    }

    private static String check(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("not a settings secret: " + name);
        }
        return name;
    }
}
