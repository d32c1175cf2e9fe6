-- The scheduled daily run: one row per (date, universe). Servers sharing the database claim a row
-- with SELECT ... FOR UPDATE SKIP LOCKED and a lease; a claimed job whose lease ran out (its server
-- died half-way) is claimed again. The primary key makes the run idempotent per date and universe.
CREATE TABLE daily_jobs (
    job_date     DATE         NOT NULL,
    universe     VARCHAR(64)  NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    claimed_by   VARCHAR(128),
    lease_until  TIMESTAMP WITH TIME ZONE,
    attempts     INTEGER      NOT NULL,
    draft_id     BIGINT,
    last_error   TEXT,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (job_date, universe),
    CONSTRAINT daily_jobs_status CHECK (status IN ('pending', 'running', 'done', 'failed'))
);
