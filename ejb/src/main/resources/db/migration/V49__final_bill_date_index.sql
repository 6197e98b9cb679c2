-- issue 11 item 11: the department's accuracy view reads the final bills of a period by bill date (each bill then
-- meets its estimate's lines through ix_estimate_line)
CREATE INDEX ix_final_bill_date ON final_bill (bill_date, estimate_id);
