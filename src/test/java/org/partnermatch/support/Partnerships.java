package org.partnermatch.support;

import static org.partnermatch.support.Api.as;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds partnership scenarios: a school with an open need, an approved organization and its offering. */
public final class Partnerships {

    private Partnerships() {
    }

    /** One school (with an open need) and one approved organization (with an offering). */
    public record Setup(UUID school, UUID need, UUID organization, UUID offering) {

        public String principal() {
            return Tokens.principal(school);
        }

        public String partner() {
            return Tokens.partner(organization);
        }

        /** Another offering of the same organization, so the same school can request again. */
        public Setup withNewOffering(int capacity, String unit) {
            return new Setup(school, need, organization, Partnerships.offering(organization, capacity, unit));
        }

        /** A fresh request from this school to this offering, as the principal; returns its id. */
        public UUID request(int students) {
            return UUID.fromString(as(principal()).body(body(school, offering, need, students))
                    .post("/api/v1/partnerships").then().statusCode(201).extract().path("id"));
        }

        /** A partnership brought to {@code state} through the API (expired: by moving its clock back). */
        public UUID inState(String state) {
            UUID id = request(5);
            switch (state) {
                case "requested" -> { }
                case "accepted" -> { // accepted and approved by the principal, ready to start
                    act(id, "accept", partner(), null);
                    act(id, "approve", principal(), null);
                }
                case "active" -> {
                    act(id, "accept", partner(), null);
                    act(id, "approve", principal(), null);
                    act(id, "start", principal(), null);
                }
                case "completed" -> {
                    act(id, "accept", partner(), null);
                    act(id, "approve", principal(), null);
                    act(id, "start", principal(), null);
                    act(id, "complete", partner(), null);
                }
                case "declined" -> act(id, "decline", partner(), Map.of("reason", "Full this term"));
                case "cancelled" -> act(id, "cancel", principal(), Map.of("reason", "Plans changed"));
                case "expired" -> {
                    makeOverdue(id);
                    as(principal()).get("/api/v1/partnerships/" + id).then().statusCode(200);
                }
                default -> throw new IllegalArgumentException(state);
            }
            return id;
        }
    }

    public static Setup setup(int capacity, String unit) {
        UUID school = Api.createSchool();
        UUID need = Api.createNeed(school);
        UUID organization = Api.createOrganization(true);
        return new Setup(school, need, organization, offering(organization, capacity, unit));
    }

    public static UUID offering(UUID organization, int capacity, String unit) {
        Map<String, Object> body = Api.offering();
        body.put("capacity", capacity);
        body.put("capacityUnit", unit);
        return UUID.fromString(Api.district().body(body).post("/api/v1/organizations/" + organization + "/offerings")
                .then().statusCode(201).extract().path("id"));
    }

    public static Map<String, Object> body(UUID school, UUID offering, UUID need, int students) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("schoolId", school);
        body.put("offeringId", offering);
        body.put("needIds", List.of(need));
        body.put("message", "Could you take some of our students this spring?");
        body.put("studentsToServe", students);
        body.put("startDate", "2027-02-01");
        body.put("endDate", "2027-06-15");
        return body;
    }

    public static void act(UUID id, String action, String token, Object body) {
        var request = as(token);
        if (body != null) {
            request.body(body);
        }
        request.post("/api/v1/partnerships/" + id + "/" + action).then().statusCode(200);
    }

    /** Moves a request's clock back so it is past its expiry (as if the TTL had passed). */
    public static void makeOverdue(UUID id) {
        Db.update("UPDATE partnership SET requested_at = now() - INTERVAL '15 days',"
                + " expires_at = now() - INTERVAL '1 day' WHERE id = '" + id + "'");
    }

    public static long capacityUsed(UUID offering) {
        return Db.number("SELECT capacity_used FROM offering WHERE id = '" + offering + "'");
    }
}
