-- Larger id blocks for intake at volume. With the blocks of V53 (100 and 500), a flight recording of 32 API clients
-- taking in ~630 referrals a second showed about four request threads at a time waiting on EclipseLink's lock of a
-- sequence while one thread fetched the next block: the fetch runs under that lock, and on two busy cores the
-- fetching thread waits for a CPU too. Ten times larger blocks make ten times fewer fetches. The INCREMENT here
-- equals each entity's allocationSize (Referral and IdempotencyKey: 1000; ReferralPart and AuditPending: 5000).
-- A restart leaves at most one unused block per sequence: gaps in ids, which mean nothing.
--
-- Same steps as V53, for the same reason (H2 applies a new increment one value later than PostgreSQL): a value taken
-- before and one after each ALTER, neither ever used as an id, so EclipseLink's first new block lies past every id
-- given out before.
SELECT nextval('referral_seq');
ALTER SEQUENCE referral_seq INCREMENT BY 1000;
SELECT nextval('referral_seq');

SELECT nextval('referral_item_seq');
ALTER SEQUENCE referral_item_seq INCREMENT BY 5000;
SELECT nextval('referral_item_seq');

SELECT nextval('idempotency_key_seq');
ALTER SEQUENCE idempotency_key_seq INCREMENT BY 1000;
SELECT nextval('idempotency_key_seq');

SELECT nextval('audit_pending_seq');
ALTER SEQUENCE audit_pending_seq INCREMENT BY 5000;
SELECT nextval('audit_pending_seq');
