-- issue 10 item 6: the administrators' oversight of case files pages all firms' cases newest first, filtered by
-- firm (ix_legal_case_firm) or status, and counts each page's holds, productions and tolling periods by case
CREATE INDEX ix_legal_case_created ON legal_case (created_at, id);
CREATE INDEX ix_legal_case_status ON legal_case (status, created_at, id);
CREATE INDEX ix_legal_hold_case ON legal_hold (case_id, released_at);
CREATE INDEX ix_production_item_document ON production_item (document_id);
CREATE INDEX ix_legal_tolling_case ON legal_tolling (case_id);
