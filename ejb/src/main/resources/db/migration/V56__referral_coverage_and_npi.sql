-- What a referring system sends with a referral besides the page's fields (FHIR intake): the patient's coverage as
-- the sender knows it (payor, plan, member id; kept with the referral as given, not matched against the
-- application's own coverages) and the National Provider Identifiers of the first physician and their organisation.
ALTER TABLE referral ADD COLUMN coverage_payor VARCHAR(200);
ALTER TABLE referral ADD COLUMN coverage_plan VARCHAR(200);
ALTER TABLE referral ADD COLUMN coverage_member_id VARCHAR(80);
ALTER TABLE referral ADD COLUMN first_physician_npi VARCHAR(10);
ALTER TABLE referral ADD COLUMN first_organisation_npi VARCHAR(10);
