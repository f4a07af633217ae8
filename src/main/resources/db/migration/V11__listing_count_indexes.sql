-- A listing (no search words) reads its page off offering_name_idx / offering_updated_idx and counts its total
-- separately. These two indexes, widened by the columns visibility needs (offering.active,
-- organization.vetting_status with its id), let that count run as index-only scans joined in memory instead of
-- reading every offering and organization row (the rows carry descriptions and search documents: about 2 kB each).
DROP INDEX offering_org_idx;
CREATE INDEX offering_org_idx ON offering (organization_id, active);

DROP INDEX organization_vetting_idx;
CREATE INDEX organization_vetting_idx ON organization (vetting_status, id);
