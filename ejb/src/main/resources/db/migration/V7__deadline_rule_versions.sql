-- A state's rule changes by a new row with a later effective date; its ids come from this sequence
-- (the seeded rows have ids 1 to 8).
CREATE SEQUENCE deadline_rule_seq START WITH 100 INCREMENT BY 1;
