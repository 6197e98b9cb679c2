-- Ids without contention at about 500 intakes a second: an intake writes a referral, its items (about 8: questions,
-- steps, records), an idempotency key and audit entries, and every read writes an audit entry. With 50 ids a trip,
-- referral_item_seq alone went to the database 80 times a second, each trip under EclipseLink's lock of that
-- sequence. The INCREMENT here equals each entity's allocationSize (Referral and IdempotencyKey: 100; the referral
-- items of ReferralPart and AuditPending: 500).
--
-- EclipseLink takes the value a trip returns as the last id of its block (value - increment + 1 .. value) and
-- refuses a first value below the increment (EclipseLink-7027). H2 computes a sequence's next value when it hands
-- out the current one, so an ALTER only takes effect one value later; PostgreSQL adds the new increment to the last
-- value. Taking one value before and one after the ALTER (neither is ever used as an id) makes both safe:
--  * on a new database (START WITH 50, unused) EclipseLink's first value is 2 x increment (H2) or
--    50 + 2 x increment (PostgreSQL): never below the increment;
--  * on a database in use, whose last block ended at L, EclipseLink's first new block starts after L + 50 on both,
--    never over ids already given out (without the first step, H2's would reach back over L - 50 .. L).
SELECT nextval('referral_seq');
ALTER SEQUENCE referral_seq INCREMENT BY 100;
SELECT nextval('referral_seq');

SELECT nextval('referral_item_seq');
ALTER SEQUENCE referral_item_seq INCREMENT BY 500;
SELECT nextval('referral_item_seq');

SELECT nextval('idempotency_key_seq');
ALTER SEQUENCE idempotency_key_seq INCREMENT BY 100;
SELECT nextval('idempotency_key_seq');

SELECT nextval('audit_pending_seq');
ALTER SEQUENCE audit_pending_seq INCREMENT BY 500;
SELECT nextval('audit_pending_seq');
