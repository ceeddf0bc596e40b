-- One row per prep run (one per meeting revision). Saved after every step, so a restart resumes
-- at the last step that finished.
CREATE TABLE prep_run (
    run_id             VARCHAR(64) PRIMARY KEY,
    meeting_id         VARCHAR(36) NOT NULL,
    revision           INT NOT NULL,
    account_id         VARCHAR(64) NOT NULL,
    meeting_type       VARCHAR(64) NOT NULL,
    step               VARCHAR(32) NOT NULL,
    status             VARCHAR(16) NOT NULL,
    wake_at            TIMESTAMP WITH TIME ZONE,
    attempts           INT NOT NULL,
    last_error         VARCHAR(2000),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at             TIMESTAMP WITH TIME ZONE,
    context_json       VARCHAR(1000000),
    materials_location VARCHAR(2000),
    materials_writer   VARCHAR(200),
    materials_millis   BIGINT,
    notified_at        TIMESTAMP WITH TIME ZONE,
    chat_deadline      TIMESTAMP WITH TIME ZONE,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX prep_run_meeting ON prep_run (meeting_id);
CREATE INDEX prep_run_status ON prep_run (status);

-- The Q&A of a run: answers are saved one by one, as they come.
CREATE TABLE chat_session (
    run_id        VARCHAR(64) PRIMARY KEY,
    session_json  VARCHAR(1000000) NOT NULL,
    state         VARCHAR(16) NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Every notification attempt. PENDING is written before sending, SENT or FAILED after.
CREATE TABLE notification_log (
    seq        BIGINT AUTO_INCREMENT PRIMARY KEY,
    run_id     VARCHAR(64) NOT NULL,
    purpose    VARCHAR(32) NOT NULL,
    tag        VARCHAR(64) NOT NULL,
    channel    VARCHAR(16) NOT NULL,
    outcome    VARCHAR(16) NOT NULL,
    reference  VARCHAR(512),
    error      VARCHAR(2000),
    at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX notification_log_key ON notification_log (run_id, purpose, tag);

-- Meetings and series the user chose not to prep.
CREATE TABLE prep_skip (
    target_id  VARCHAR(1024) PRIMARY KEY,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- db-scheduler's table: the engine's durable timers.
CREATE TABLE scheduled_tasks (
    task_name            VARCHAR(100) NOT NULL,
    task_instance        VARCHAR(100) NOT NULL,
    task_data            BLOB,
    execution_time       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    picked               BOOLEAN NOT NULL,
    picked_by            VARCHAR(50),
    last_success         TIMESTAMP(6) WITH TIME ZONE,
    last_failure         TIMESTAMP(6) WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP(6) WITH TIME ZONE,
    version              BIGINT NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);
