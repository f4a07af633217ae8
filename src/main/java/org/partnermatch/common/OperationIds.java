package org.partnermatch.common;

import java.util.Map;

/**
 * Every API operation's id, as generated clients name their methods: a verb and a noun ({@code listOfferings},
 * {@code getSchool}, {@code acceptPartnership}). One table, so the names stay readable and stable when a method or
 * class is renamed; {@link OpenApiProblemResponses} sets them, and an operation missing here fails the build.
 */
public final class OperationIds {

    private OperationIds() {
    }

    static final Map<String, String> IDS = Map.ofEntries(
            Map.entry("POST /api/v1/allocations", "createAllocation"),
            Map.entry("GET /api/v1/allocations/{id}", "getAllocation"),
            Map.entry("POST /api/v1/allocations/{id}/requests", "requestAllocationPartnerships"),
            Map.entry("GET /api/v1/audit", "listAuditEvents"),
            Map.entry("GET /api/v1/categories", "listCategories"),
            Map.entry("POST /api/v1/categories", "createCategory"),
            Map.entry("GET /api/v1/categories/{code}", "getCategory"),
            Map.entry("PUT /api/v1/categories/{code}", "updateCategory"),
            Map.entry("DELETE /api/v1/categories/{code}", "deleteCategory"),
            Map.entry("GET /api/v1/district/invitations", "listDistrictInvitations"),
            Map.entry("GET /api/v1/district/members", "listDistrictMembers"),
            Map.entry("GET /api/v1/exports/hsds/organizations", "exportHsdsOrganizations"),
            Map.entry("GET /api/v1/exports/hsds/services", "exportHsdsServices"),
            Map.entry("GET /api/v1/feedback", "listFeedback"),
            Map.entry("POST /api/v1/imports/hsds", "importHsds"),
            Map.entry("GET /api/v1/imports/hsds/taxonomy-mapping", "getHsdsTaxonomyMapping"),
            Map.entry("PUT /api/v1/imports/hsds/taxonomy-mapping", "replaceHsdsTaxonomyMapping"),
            Map.entry("POST /api/v1/imports/organizations", "importOrganizations"),
            Map.entry("POST /api/v1/imports/school-equity", "importSchoolEquity"),
            Map.entry("POST /api/v1/imports/schools", "importSchools"),
            Map.entry("POST /api/v1/invitations", "createInvitation"),
            Map.entry("POST /api/v1/invitations/accept", "acceptInvitation"),
            Map.entry("GET /api/v1/invitations/{id}", "getInvitation"),
            Map.entry("DELETE /api/v1/invitations/{id}", "revokeInvitation"),
            Map.entry("GET /api/v1/listings/stale", "listStaleListings"),
            Map.entry("GET /api/v1/me", "getMe"),
            Map.entry("GET /api/v1/me/notification-preferences", "getNotificationPreferences"),
            Map.entry("PUT /api/v1/me/notification-preferences", "replaceNotificationPreferences"),
            Map.entry("DELETE /api/v1/memberships/{id}", "deleteMembership"),
            Map.entry("GET /api/v1/needs", "listNeeds"),
            Map.entry("GET /api/v1/needs/{id}", "getNeed"),
            Map.entry("PUT /api/v1/needs/{id}", "updateNeed"),
            Map.entry("DELETE /api/v1/needs/{id}", "deleteNeed"),
            Map.entry("GET /api/v1/needs/{id}/matches", "listNeedMatches"),
            Map.entry("GET /api/v1/offerings", "listOfferings"),
            Map.entry("GET /api/v1/offerings/{id}", "getOffering"),
            Map.entry("PUT /api/v1/offerings/{id}", "updateOffering"),
            Map.entry("DELETE /api/v1/offerings/{id}", "deleteOffering"),
            Map.entry("POST /api/v1/offerings/{id}/verification", "verifyOffering"),
            Map.entry("GET /api/v1/organizations", "listOrganizations"),
            Map.entry("POST /api/v1/organizations", "registerOrganization"),
            Map.entry("GET /api/v1/organizations/{id}", "getOrganization"),
            Map.entry("PUT /api/v1/organizations/{id}", "updateOrganization"),
            Map.entry("DELETE /api/v1/organizations/{id}", "deleteOrganization"),
            Map.entry("GET /api/v1/organizations/{id}/invitations", "listOrganizationInvitations"),
            Map.entry("GET /api/v1/organizations/{id}/members", "listOrganizationMembers"),
            Map.entry("GET /api/v1/organizations/{id}/onboarding-items", "listOnboardingItems"),
            Map.entry("PUT /api/v1/organizations/{id}/onboarding-items/{kind}", "replaceOnboardingItem"),
            Map.entry("DELETE /api/v1/organizations/{id}/onboarding-items/{kind}", "deleteOnboardingItem"),
            Map.entry("GET /api/v1/organizations/{id}/opportunities", "listOrganizationOpportunities"),
            Map.entry("GET /api/v1/organizations/{id}/track-record", "getTrackRecord"),
            Map.entry("POST /api/v1/organizations/{id}/verification", "verifyOrganization"),
            Map.entry("POST /api/v1/organizations/{id}/vetting", "vetOrganization"),
            Map.entry("GET /api/v1/organizations/{id}/webhook", "getOrganizationWebhook"),
            Map.entry("PUT /api/v1/organizations/{id}/webhook", "replaceOrganizationWebhook"),
            Map.entry("DELETE /api/v1/organizations/{id}/webhook", "deleteOrganizationWebhook"),
            Map.entry("GET /api/v1/organizations/{organizationId}/offerings", "listOrganizationOfferings"),
            Map.entry("POST /api/v1/organizations/{organizationId}/offerings", "createOffering"),
            Map.entry("GET /api/v1/partnerships", "listPartnerships"),
            Map.entry("POST /api/v1/partnerships", "requestPartnership"),
            Map.entry("GET /api/v1/partnerships/{id}", "getPartnership"),
            Map.entry("POST /api/v1/partnerships/{id}/accept", "acceptPartnership"),
            Map.entry("PUT /api/v1/partnerships/{id}/actuals", "recordPartnershipActuals"),
            Map.entry("POST /api/v1/partnerships/{id}/approve", "approvePartnership"),
            Map.entry("POST /api/v1/partnerships/{id}/cancel", "cancelPartnership"),
            Map.entry("POST /api/v1/partnerships/{id}/complete", "completePartnership"),
            Map.entry("POST /api/v1/partnerships/{id}/decline", "declinePartnership"),
            Map.entry("GET /api/v1/partnerships/{id}/events", "listPartnershipEvents"),
            Map.entry("GET /api/v1/partnerships/{id}/feedback", "getPartnershipFeedback"),
            Map.entry("POST /api/v1/partnerships/{id}/feedback", "giveFeedback"),
            Map.entry("GET /api/v1/partnerships/{id}/outcomes", "getPartnershipOutcomes"),
            Map.entry("PUT /api/v1/partnerships/{id}/outcomes", "planPartnershipOutcomes"),
            Map.entry("POST /api/v1/partnerships/{id}/start", "startPartnership"),
            Map.entry("GET /api/v1/problem-reports", "listProblemReports"),
            Map.entry("POST /api/v1/problem-reports", "reportProblem"),
            Map.entry("GET /api/v1/problem-reports/{id}", "getProblemReport"),
            Map.entry("POST /api/v1/problem-reports/{id}/resolution", "resolveProblemReport"),
            Map.entry("GET /api/v1/recognitions", "listRecognitions"),
            Map.entry("POST /api/v1/recognitions", "nominateRecognition"),
            Map.entry("GET /api/v1/recognitions/nominations", "listNominations"),
            Map.entry("GET /api/v1/recognitions/{id}", "getRecognition"),
            Map.entry("POST /api/v1/recognitions/{id}/publish", "publishRecognition"),
            Map.entry("GET /api/v1/regions", "listRegions"),
            Map.entry("POST /api/v1/regions", "createRegion"),
            Map.entry("GET /api/v1/regions/{id}", "getRegion"),
            Map.entry("PUT /api/v1/regions/{id}", "updateRegion"),
            Map.entry("DELETE /api/v1/regions/{id}", "deleteRegion"),
            Map.entry("GET /api/v1/reports/annual", "getAnnualReport"),
            Map.entry("GET /api/v1/reports/coverage", "getCoverageReport"),
            Map.entry("GET /api/v1/reports/equity", "getEquityReport"),
            Map.entry("GET /api/v1/reports/incomplete-equity", "listIncompleteEquity"),
            Map.entry("GET /api/v1/reports/onboarding-flags", "listOnboardingFlags"),
            Map.entry("GET /api/v1/schools", "listSchools"),
            Map.entry("POST /api/v1/schools", "createSchool"),
            Map.entry("GET /api/v1/schools/{id}", "getSchool"),
            Map.entry("PUT /api/v1/schools/{id}", "updateSchool"),
            Map.entry("DELETE /api/v1/schools/{id}", "deleteSchool"),
            Map.entry("GET /api/v1/schools/{id}/invitations", "listSchoolInvitations"),
            Map.entry("GET /api/v1/schools/{id}/matches", "listSchoolMatches"),
            Map.entry("GET /api/v1/schools/{id}/members", "listSchoolMembers"),
            Map.entry("GET /api/v1/schools/{id}/webhook", "getSchoolWebhook"),
            Map.entry("PUT /api/v1/schools/{id}/webhook", "replaceSchoolWebhook"),
            Map.entry("DELETE /api/v1/schools/{id}/webhook", "deleteSchoolWebhook"),
            Map.entry("GET /api/v1/schools/{schoolId}/needs", "listSchoolNeeds"),
            Map.entry("POST /api/v1/schools/{schoolId}/needs", "createNeed"));

    /** The id of {@code "METHOD /path"}; fails for an operation not in the table. */
    static String of(String operation) {
        String id = IDS.get(operation);
        if (id == null) {
            throw new IllegalStateException("No operationId for " + operation + ": add a verbNoun name to "
                    + OperationIds.class.getName());
        }
        return id;
    }
}
