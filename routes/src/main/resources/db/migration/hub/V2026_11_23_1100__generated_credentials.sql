-- Hashes of passwords the hub generated for configured users that have none in the environment.
-- Shared by every hub instance on this database, so the password printed at first start stays valid.
CREATE TABLE hub_generated_credential (
    username      text PRIMARY KEY,
    password_hash text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);
