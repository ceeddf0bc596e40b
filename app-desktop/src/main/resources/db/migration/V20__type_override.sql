-- The user's choice of meeting type, for one meeting (its stable id) or a whole series (the
-- provider's series id, unique per account). The monitor applies it on every sync.
CREATE TABLE meeting_type_override (
    account_id   VARCHAR(64) NOT NULL,
    scope        VARCHAR(16) NOT NULL,
    target_id    VARCHAR(1024) NOT NULL,
    meeting_type VARCHAR(64) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, scope, target_id)
);
