-- EmbeddedDatabaseTest: a migration after the move from trust runs as the service's role, on tables the superuser
-- created before; altering them needs their ownership.
ALTER TABLE category ADD COLUMN upgrade_note TEXT;
UPDATE category SET upgrade_note = 'kept' WHERE code = 'legacy-kept';
ALTER SEQUENCE free_standing_seq RESTART WITH 10;
ALTER TYPE legacy_mood ADD VALUE 'fine';
