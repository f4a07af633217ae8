-- Adult education ("AE", grade 13 in the one grade vocabulary, vocabulary/Grades): household-level needs may ask
-- for it (parents), and offerings in household-level categories may serve it. A school's own grades stay PK..12.
ALTER TABLE need DROP CONSTRAINT need_grade_low_check;
ALTER TABLE need DROP CONSTRAINT need_grade_high_check;
ALTER TABLE need ADD CONSTRAINT need_grade_low_check CHECK (grade_low BETWEEN -1 AND 13);
ALTER TABLE need ADD CONSTRAINT need_grade_high_check CHECK (grade_high BETWEEN -1 AND 13);

ALTER TABLE offering DROP CONSTRAINT offering_grade_low_check;
ALTER TABLE offering DROP CONSTRAINT offering_grade_high_check;
ALTER TABLE offering ADD CONSTRAINT offering_grade_low_check CHECK (grade_low BETWEEN -1 AND 13);
ALTER TABLE offering ADD CONSTRAINT offering_grade_high_check CHECK (grade_high BETWEEN -1 AND 13);
