package com.execassistant.desktop.settings;

import com.execassistant.core.account.Account;
import com.execassistant.core.config.ConfigLoader;
import com.execassistant.core.config.Configuration;
import com.execassistant.core.materials.MaterialsException;
import com.execassistant.desktop.accounts.AccountActions;
import com.execassistant.desktop.prep.PrepWiring;
import com.execassistant.desktop.prep.config.PrepConfig;
import com.execassistant.desktop.workspace.LocalRuntime;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * What the Settings page reads and changes, in one place: prep.yaml, the vault's settings secrets,
 * the accounts, the meeting types file, and the Slack and writer checks. Every method does I/O.
 */
public final class SettingsService {

    private final LocalRuntime local;
    private final PrepYamlFile prepYaml;
    private final StoredSecrets secrets;

    public SettingsService(LocalRuntime local) {
        this.local = local;
        this.prepYaml = new PrepYamlFile(local.workspace().root());
        this.secrets = new StoredSecrets(local.sources().vault());
    }

    public PrepConfig read() {
        return prepYaml.read();
    }

    /** Saves prep.yaml changes; see {@link PrepYamlFile#save}. */
    public PrepConfig save(Map<String, String> changes) {
        return prepYaml.save(changes);
    }

    public Path prepYamlFile() {
        return prepYaml.path();
    }

    public StoredSecrets secrets() {
        return secrets;
    }

    public List<Account> accounts() {
        return local.accounts().all();
    }

    public AccountActions accountActions() {
        return new AccountActions(local);
    }

    /** Sends a real Slack DM with the token typed now, or the stored one when none was typed. */
    public void sendSlackTest(String typedBotToken, String userId, String baseUrl, ZoneId zone) {
        String token =
                secrets.typedOrStored(PrepWiring.SLACK_BOT_TOKEN, typedBotToken)
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "Type the bot token first (it starts with xoxb-)."));
        SlackCheck.send(token, userId.strip(), URI.create(baseUrl), zone);
    }

    /** Asks the writer as typed for a small plan; the key typed now, or the stored one. */
    public WriterCheck.Result testWriter(WriterChoice choice) throws MaterialsException {
        String key = secrets.typedOrStored(PrepWiring.OPENAI_API_KEY, choice.apiKey()).orElse(null);
        return new WriterCheck(local.clock()).run(choice, key);
    }

    /**
     * The meeting types as the files say now.
     *
     * @throws com.execassistant.core.config.ConfigException naming the file, line and fix
     */
    public Configuration reloadMeetingTypes() {
        return ConfigLoader.forWorkspace(local.workspace().root()).load();
    }

    /**
     * The workspace's meeting_types.yaml, created from the built-in one when the user has none yet,
     * so that there is a file to open and edit.
     */
    public Path meetingTypesFile() {
        Path file = local.workspace().configDir().resolve(ConfigLoader.MEETING_TYPES_FILE);
        if (Files.exists(file)) {
            return file;
        }
        try (InputStream in =
                ConfigLoader.class.getResourceAsStream(
                        "/config/" + ConfigLoader.MEETING_TYPES_FILE)) {
            Files.createDirectories(file.getParent());
            if (in != null) {
                Files.copy(in, file);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + file + ": " + e.getMessage(), e);
        }
    }

    public Path workspaceFolder() {
        return local.workspace().root();
    }
}
