-- Several nodes over one database. Each scheduled job's timer fires on every node; a run goes ahead only on the
-- node that moves the job's lease to the run's tick (the timer's next scheduled time, the same on every node), in
-- one UPDATE ... WHERE last_tick < :tick, so exactly one node runs each tick, and any node runs the next one when
-- the last runner is gone. runs counts the runs taken cluster-wide; holder is the node that took the last one.
CREATE TABLE job_lease (
    job        VARCHAR(100)             NOT NULL PRIMARY KEY,
    holder     VARCHAR(200),
    last_tick  TIMESTAMP WITH TIME ZONE,
    taken_at   TIMESTAMP WITH TIME ZONE,
    runs       BIGINT                   NOT NULL
);

INSERT INTO job_lease (job, runs) VALUES ('audit chainer', 0);
INSERT INTO job_lease (job, runs) VALUES ('turnaround watch', 0);
INSERT INTO job_lease (job, runs) VALUES ('deadline reminders', 0);
INSERT INTO job_lease (job, runs) VALUES ('idempotency key cleanup', 0);

-- What one node's in-memory caches must drop because of a change made on any node (a password changed, an
-- account locked or deactivated, an API client disabled): written in the transaction of the change, so a row
-- exists exactly when the change committed; every node reads the recent rows every second and drops what they
-- name. Rows older than an hour are removed. The INCREMENT equals CacheInvalidation's allocationSize (1).
CREATE SEQUENCE cache_invalidation_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE cache_invalidation (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    cache_name  VARCHAR(40)              NOT NULL,
    subject     VARCHAR(255)             NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_cache_invalidation_created_at ON cache_invalidation (created_at);
