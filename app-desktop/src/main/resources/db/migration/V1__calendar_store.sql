-- Accounts the monitor reads. Secrets are not here: they live encrypted in the vault file.
CREATE TABLE account (
    id            VARCHAR(64) PRIMARY KEY,
    kind          VARCHAR(16) NOT NULL,
    label         VARCHAR(512) NOT NULL,
    owner_email   VARCHAR(320),
    settings_json VARCHAR(100000) NOT NULL,
    active        BOOLEAN NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row per occurrence. The event itself is kept as JSON (the CLI's shape); the columns beside
-- it are what queries filter and sort on.
CREATE TABLE meeting (
    id                 VARCHAR(36) PRIMARY KEY,
    account_id         VARCHAR(64) NOT NULL,
    calendar_id        VARCHAR(512) NOT NULL,
    external_id        VARCHAR(1024) NOT NULL,
    series_id          VARCHAR(1024),
    title              VARCHAR(4000) NOT NULL,
    start_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    end_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    status             VARCHAR(16) NOT NULL,
    event_json         VARCHAR(1000000) NOT NULL,
    fingerprint        VARCHAR(64) NOT NULL,
    revision           INT NOT NULL,
    meeting_type       VARCHAR(64) NOT NULL,
    rule               VARCHAR(1000) NOT NULL,
    prep_hours_before  INT NOT NULL,
    prep_trigger_at    TIMESTAMP WITH TIME ZONE,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT meeting_external UNIQUE (account_id, calendar_id, external_id)
);
CREATE INDEX meeting_start ON meeting (start_at);
CREATE INDEX meeting_account_calendar ON meeting (account_id, calendar_id);

CREATE TABLE sync_state (
    account_id  VARCHAR(64) NOT NULL,
    calendar_id VARCHAR(512) NOT NULL,
    state       VARCHAR(4000),
    PRIMARY KEY (account_id, calendar_id)
);

-- The outbox of prep events. The unique key is what keeps a repeated or resumed sync from
-- emitting the same event twice.
CREATE TABLE prep_event (
    seq               BIGINT AUTO_INCREMENT PRIMARY KEY,
    meeting_id        VARCHAR(36) NOT NULL,
    revision          INT NOT NULL,
    kind              VARCHAR(32) NOT NULL,
    account_id        VARCHAR(64) NOT NULL,
    meeting_type      VARCHAR(64) NOT NULL,
    meeting_start     TIMESTAMP WITH TIME ZONE NOT NULL,
    prep_trigger_at   TIMESTAMP WITH TIME ZONE,
    late              BOOLEAN NOT NULL,
    reason            VARCHAR(1000),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    consumed_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT prep_event_once UNIQUE (meeting_id, revision, kind)
);

CREATE TABLE sync_run (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE NOT NULL,
    accounts    INT NOT NULL,
    fetched     INT NOT NULL,
    created     INT NOT NULL,
    updated     INT NOT NULL,
    cancelled   INT NOT NULL,
    api_calls   INT NOT NULL,
    error_count INT NOT NULL,
    skipped     INT NOT NULL,
    detail      CLOB
);
