-- Larger id blocks for the patient register, which every intake now writes (a new patient) or locks (a known one):
-- as V54 did for the referral's own sequences, so that intake at volume does not queue on EclipseLink's sequence
-- lock while one thread fetches the next block. The INCREMENT equals RegisteredPatient's allocationSize (1000).
-- Same steps as V53/V54 (H2 applies a new increment one value later than PostgreSQL): a value taken before and one
-- after the ALTER, neither ever used as an id, so the first new block lies past every id given out before.
SELECT nextval('registered_patient_seq');
ALTER SEQUENCE registered_patient_seq INCREMENT BY 1000;
SELECT nextval('registered_patient_seq');
