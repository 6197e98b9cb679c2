-- issue 10 item 18: the billing lists are paged and sorted in the database; each sort order has an index
CREATE INDEX ix_cost_estimate_created ON cost_estimate (created_at, id);
CREATE INDEX ix_cost_estimate_patient_name ON cost_estimate (patient_name, id);
CREATE INDEX ix_cost_estimate_status ON cost_estimate (status, created_at, id);
CREATE INDEX ix_fee_schedule_started ON fee_schedule (started_at, id);
CREATE INDEX ix_fee_schedule_file ON fee_schedule (file_name, id);
CREATE INDEX ix_health_plan_plan ON health_plan (plan_name, id);
