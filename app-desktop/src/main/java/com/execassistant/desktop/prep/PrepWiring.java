package com.execassistant.desktop.prep;

import com.execassistant.core.context.file.FileContextSource;
import com.execassistant.core.materials.FallbackMaterialsWriter;
import com.execassistant.core.materials.MaterialsWriter;
import com.execassistant.core.materials.TemplateMaterialsWriter;
import com.execassistant.core.materials.llm.OpenAiCompatibleWriter;
import com.execassistant.core.materials.llm.OpenAiSettings;
import com.execassistant.core.notify.Notifier;
import com.execassistant.core.notify.slack.SlackNotifier;
import com.execassistant.core.notify.slack.SlackSettings;
import com.execassistant.core.notify.slack.SlackWeb;
import com.execassistant.core.prep.PrepSettings;
import com.execassistant.core.prep.WorkingHours;
import com.execassistant.core.secrets.SecretVault;
import com.execassistant.desktop.materials.bedrock.BedrockConverseWriter;
import com.execassistant.desktop.materials.bedrock.BedrockSettings;
import com.execassistant.desktop.notify.sms.SmsSettings;
import com.execassistant.desktop.notify.sms.SnsSmsNotifier;
import com.execassistant.desktop.prep.config.PrepConfig;
import com.execassistant.desktop.prep.config.PrepConfigLoader;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the prep engine's options from prep.yaml and the vault: the channels in the user's order,
 * the materials writer with the template as fallback, the context folder.
 */
public final class PrepWiring {

    public static final String SLACK_BOT_TOKEN = "slack.bot_token";
    public static final String SLACK_APP_TOKEN = "slack.app_token";
    public static final String OPENAI_API_KEY = "openai.api_key";

    private final PrepConfig config;
    private final SecretVault vault;
    private final Path workspace;
    private final Clock clock;

    public PrepWiring(PrepConfig config, SecretVault vault, Path workspace, Clock clock) {
        this.config = config;
        this.vault = vault;
        this.workspace = workspace;
        this.clock = clock;
    }

    /** The wiring for a workspace: its prep.yaml, its vault, its clock. */
    public static PrepWiring of(com.execassistant.desktop.workspace.LocalRuntime local) {
        Path root = local.workspace().root();
        return new PrepWiring(
                PrepConfigLoader.load(root), local.sources().vault(), root, local.clock());
    }

    public PrepConfig config() {
        return config;
    }

    /**
     * The prep engine on the workspace's database, with the user's channels, started; the one way
     * the app, the CLI and a server open it.
     */
    public PrepRuntime start(
            com.execassistant.desktop.workspace.LocalRuntime local,
            SlackWeb slack,
            Duration pollingInterval) {
        return start(local, slack, pollingInterval, new StandaloneTrayDisplay());
    }

    /**
     * As {@link #start(com.execassistant.desktop.workspace.LocalRuntime, SlackWeb, Duration)}, with
     * tray messages on {@code tray}.
     */
    public PrepRuntime start(
            com.execassistant.desktop.workspace.LocalRuntime local,
            SlackWeb slack,
            Duration pollingInterval,
            TrayDisplay tray) {
        PrepRuntime prep = open(local, slack, pollingInterval, tray);
        prep.start();
        return prep;
    }

    /**
     * The prep engine wired but not started: its stores answer at once, and the app starts it after
     * the first screen shows (nothing is due so urgently that the window should wait for it).
     */
    public PrepRuntime open(
            com.execassistant.desktop.workspace.LocalRuntime local,
            SlackWeb slack,
            Duration pollingInterval,
            TrayDisplay tray) {
        return new PrepRuntime(
                local.database(),
                local.config(),
                clock,
                options(channels(slack, tray), pollingInterval));
    }

    public ZoneId zone() {
        String z = config.working_hours.time_zone;
        return z == null || z.isBlank() ? ZoneId.systemDefault() : ZoneId.of(z);
    }

    public PrepSettings settings() {
        WorkingHours hours =
                new WorkingHours(
                        LocalTime.parse(config.working_hours.start),
                        LocalTime.parse(config.working_hours.end),
                        PrepConfigLoader.days(config),
                        zone());
        return new PrepSettings(
                Duration.ofHours(config.chat.timeout_hours),
                hours,
                zone(),
                config.retries.max_attempts,
                Duration.ofSeconds(config.retries.base_delay_seconds),
                Duration.ofMinutes(config.retries.max_delay_minutes));
    }

    /** Slack settings when a bot token and a user are set up. */
    public Optional<SlackSettings> slack() {
        Optional<String> bot = vault.get(SLACK_BOT_TOKEN);
        if (bot.isEmpty() || config.notifications.slack.user_id.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(
                SlackSettings.of(
                                bot.get(),
                                vault.get(SLACK_APP_TOKEN).orElse(null),
                                config.notifications.slack.user_id,
                                zone())
                        .withBaseUrl(URI.create(config.notifications.slack.base_url)));
    }

    /** The user's channels in order; the ones not set up report themselves unconfigured. */
    public List<Notifier> channels(SlackWeb slackWeb) {
        return channels(slackWeb, new StandaloneTrayDisplay());
    }

    /** The user's channels in order, with tray messages shown on {@code tray}. */
    public List<Notifier> channels(SlackWeb slackWeb, TrayDisplay tray) {
        List<Notifier> out = new ArrayList<>();
        for (String name : config.notifications.channels) {
            switch (name) {
                case "tray" -> out.add(new TrayNotifier(config.notifications.tray, tray));
                case "slack" -> {
                    if (slackWeb != null) {
                        out.add(new SlackNotifier(slackWeb));
                    }
                }
                case "sms" -> out.add(new SnsSmsNotifier(sms()));
                default -> throw new IllegalStateException("unknown channel " + name);
            }
        }
        return out;
    }

    private SmsSettings sms() {
        PrepConfig.Sms s = config.notifications.sms;
        if (s.phone == null || s.phone.isBlank()) {
            return SmsSettings.none();
        }
        SmsSettings settings = SmsSettings.of(s.phone, s.region).withZone(zone());
        return s.endpoint == null || s.endpoint.isBlank()
                ? settings
                : settings.withEndpointOverride(URI.create(s.endpoint));
    }

    /** The configured writer, always behind the template writer as fallback. */
    public MaterialsWriter writer() {
        TemplateMaterialsWriter template = new TemplateMaterialsWriter(clock);
        Duration limit = Duration.ofSeconds(config.materials.time_limit_seconds);
        return switch (config.materials.writer) {
            case "openai" -> {
                OpenAiSettings s =
                        OpenAiSettings.of(
                                        config.materials.openai.base_url,
                                        config.materials.openai.model)
                                .withTimeLimit(limit);
                String key = vault.get(OPENAI_API_KEY).orElse(null);
                yield new FallbackMaterialsWriter(
                        new OpenAiCompatibleWriter(key == null ? s : s.withApiKey(key), clock),
                        template);
            }
            case "bedrock" ->
                    new FallbackMaterialsWriter(
                            new BedrockConverseWriter(
                                    BedrockSettings.defaults()
                                            .withModel(config.materials.bedrock.model)
                                            .withRegion(config.materials.bedrock.region)
                                            .withTimeLimit(limit)),
                            template);
            default -> template;
        };
    }

    public Path contextFolder() {
        String f = config.context.folder;
        return f == null || f.isBlank() ? workspace.resolve("context") : Path.of(f);
    }

    /** Where materials are written: the workspace's materials/ folder. */
    public Path materialsRoot() {
        return workspace.resolve("materials");
    }

    public Duration retention() {
        return Duration.ofDays(config.materials.retention_days);
    }

    /** Everything the runtime needs, with the given channels. */
    public PrepRuntime.Options options(List<Notifier> channels, Duration pollingInterval) {
        return new PrepRuntime.Options(
                settings(),
                () -> channels,
                writer(),
                FileContextSource.forAllKinds(contextFolder()),
                Duration.ofSeconds(config.context.time_limit_seconds),
                materialsRoot(),
                pollingInterval,
                4,
                store -> store,
                Duration.ofMinutes(config.chat.snooze_minutes));
    }
}
