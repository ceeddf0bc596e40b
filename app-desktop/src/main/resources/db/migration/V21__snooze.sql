-- Each run's latest snooze: the nudge it owes (nudge_at; null once sent or called off) and a
-- counter, so each snooze's nudge is its own notification.
CREATE TABLE prep_snooze (
    run_id      VARCHAR(64) PRIMARY KEY,
    number      INT NOT NULL,
    nudge_at    TIMESTAMP WITH TIME ZONE,
    snoozed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
