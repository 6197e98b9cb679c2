-- issue 10 item 18: the billing lists are paged and sorted in the database; each sort order has an index
CREATE INDEX ix_cost_estimate_created ON cost_estimate (created_at, id);
CREATE INDEX ix_cost_estimate_patient_name ON cost_estimate (patient_name, id);
CREATE INDEX ix_cost_estimate_status ON cost_estimate (status, created_at, id);
