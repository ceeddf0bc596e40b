package com.execassistant.desktop.prep.config;

import java.util.ArrayList;
import java.util.List;

/**
 * prep.yaml as read: notification channels, working hours, the Q&A timeout, the materials writer,
 * context data, retries. Plain fields with defaults so a workspace file can set only what it
 * changes; {@link PrepConfigLoader} validates it all before anything runs.
 */
public final class PrepConfig {

    public Notifications notifications = new Notifications();
    public WorkingHoursConfig working_hours = new WorkingHoursConfig();
    public Chat chat = new Chat();
    public MaterialsConfig materials = new MaterialsConfig();
    public ContextConfig context = new ContextConfig();
    public Retries retries = new Retries();
    public Appearance appearance = new Appearance();

    /** Channels in order of preference, and each channel's non-secret settings. */
    public static final class Notifications {
        public List<String> channels = new ArrayList<>(List.of("tray", "slack", "sms"));
        public boolean tray = true;
        public Slack slack = new Slack();
        public Sms sms = new Sms();
    }

    /** Slack: who to DM; the tokens are secrets. */
    public static final class Slack {
        public String user_id = "";
        public String base_url = "https://slack.com";
    }

    /** SMS through Amazon SNS. */
    public static final class Sms {
        public String phone = "";
        public String region = "us-east-1";
        public String endpoint = "";
    }

    /** When prep may start. */
    public static final class WorkingHoursConfig {
        public String start = "08:00";
        public String end = "18:00";
        public List<String> days = new ArrayList<>(List.of("mon", "tue", "wed", "thu", "fri"));
        public String time_zone = "";
    }

    /** The Q&A. */
    public static final class Chat {
        public int timeout_hours = 24;
        public int snooze_minutes = 60;
    }

    /** Which writer makes the materials, and how long they are kept. */
    public static final class MaterialsConfig {
        public String writer = "template";
        public int time_limit_seconds = 10;
        public int retention_days = 30;
        public OpenAi openai = new OpenAi();
        public Bedrock bedrock = new Bedrock();
    }

    /** An OpenAI-compatible endpoint. */
    public static final class OpenAi {
        public String base_url = "http://localhost:11434/v1";
        public String model = "llama3.1";
    }

    /** AWS Bedrock. */
    public static final class Bedrock {
        public String model = "amazon.nova-lite-v1:0";
        public String region = "us-east-1";
    }

    /** Context data files. */
    public static final class ContextConfig {
        public String folder = "";
        public int time_limit_seconds = 5;
    }

    /** Step retries. */
    public static final class Retries {
        public int max_attempts = 5;
        public int base_delay_seconds = 30;
        public int max_delay_minutes = 30;
    }

    /** How the app looks: follow the system's light or dark mode, or always one of them. */
    public static final class Appearance {
        public String theme = "system";
    }
}
