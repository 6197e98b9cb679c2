-- Issue 11, items 1 and 4: an estimate line says whether the No Surprises Act protects it (an emergency, or an
-- ancillary clinician at an in-network facility) and the facility's network; and it keeps what a negotiated
-- percentage is of (the methodology), the 2.x file's estimated amount and the item's minimum and maximum
-- negotiated charges, so a percentage is never applied to the wrong base. Valid on H2 and PostgreSQL.
ALTER TABLE estimate_line ADD COLUMN emergency BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE estimate_line ADD COLUMN ancillary_in_network_facility BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE estimate_line ADD COLUMN facility_network VARCHAR(16) DEFAULT 'IN_NETWORK' NOT NULL;
ALTER TABLE estimate_line ADD COLUMN methodology VARCHAR(40);
ALTER TABLE estimate_line ADD COLUMN estimated_amount DECIMAL(18, 4);
ALTER TABLE estimate_line ADD COLUMN charge_minimum DECIMAL(18, 4);
ALTER TABLE estimate_line ADD COLUMN charge_maximum DECIMAL(18, 4);
