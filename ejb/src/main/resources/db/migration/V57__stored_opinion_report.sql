-- The opinion report as issued is kept (in the file store, like uploaded records and issued estimates) instead of
-- being drawn again on every download: each drawing got a new PDF creation date and file id, so two copies of the
-- same report never had the same bytes, and FHIR's DocumentReference must state the size and hash of the PDF its
-- Binary serves. Reports delivered before this change are stored on their next download.
ALTER TABLE referral ADD COLUMN report_key VARCHAR(64);
