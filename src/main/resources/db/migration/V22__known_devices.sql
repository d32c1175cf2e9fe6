-- Browsers that signed in as a user before (issue 14). Such a browser is not slowed by the per-name
-- sign-in budget that guessers on many addresses run into, so they cannot lock the real user out. The
-- cookie carries a 256-bit random value; only its SHA-256 is stored, as for sessions.
CREATE TABLE known_devices (
    id_hash    VARCHAR(64) PRIMARY KEY,
    username   VARCHAR(64) NOT NULL REFERENCES users (username) ON DELETE CASCADE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX known_devices_user ON known_devices (username);
