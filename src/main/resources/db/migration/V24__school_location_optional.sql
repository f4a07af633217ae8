-- A school may be listed before anyone knows where it is: a directory row with a name and grades only. Its
-- coordinates are then NULL and its location precision 'unknown'; distances to it are unknown, so organizations
-- serve it through their service regions only. Coordinates still come together, and 'unknown' means none.
ALTER TABLE school ALTER COLUMN latitude DROP NOT NULL;
ALTER TABLE school ALTER COLUMN longitude DROP NOT NULL;
ALTER TABLE school DROP CONSTRAINT school_location_precision_check;
ALTER TABLE school ADD CONSTRAINT school_location_precision_check
    CHECK (location_precision IN ('exact', 'zip_centroid', 'unknown'));
ALTER TABLE school ADD CONSTRAINT school_location_known_check
    CHECK ((latitude IS NULL) = (longitude IS NULL) AND (latitude IS NULL) = (location_precision = 'unknown'));
-- Only a ZIP code centre needs the ZIP code.
ALTER TABLE school DROP CONSTRAINT school_zip_centroid_check;
ALTER TABLE school ADD CONSTRAINT school_zip_centroid_check
    CHECK (location_precision <> 'zip_centroid' OR postal_code IS NOT NULL);
