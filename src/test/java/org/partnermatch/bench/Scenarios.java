package org.partnermatch.bench;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's scenarios over a synthetic district, each an operation that answers whether it succeeded: reads
 * take one request; "partnership request + accept" takes two (a fresh school–offering pair each time, so none is a
 * duplicate); allocation plans a handful of schools. {@link #mixed} draws from all of them by weight.
 */
final class Scenarios {

    /** Ids the scenarios use. {@code schoolNeeds}: a school and one of its open needs. */
    record Ids(List<String> schools, List<String> needs, List<String> organizations, List<String[]> schoolNeeds,
               List<String> offerings) {
    }

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    /** Why the calling thread's last operation failed (its status, or no response), for the error counts. */
    private static final ThreadLocal<String> FAILURE = new ThreadLocal<>();

    private final LoadDriver driver;
    private final Ids ids;
    private final AtomicInteger pairs = new AtomicInteger();
    private final AtomicInteger plans = new AtomicInteger();

    Scenarios(LoadDriver driver, Ids ids) {
        this.driver = driver;
        this.ids = ids;
    }

    /** Starts the request scenario's school–offering pairs further on (a new run on the same database). */
    Scenarios skipPairs(int count) {
        pairs.addAndGet(count);
        return this;
    }

    /** Every scenario by name, primary-key GET first (the others report their ratio to it). */
    Map<String, IntPredicate> all() {
        Map<String, IntPredicate> scenarios = new LinkedHashMap<>();
        scenarios.put("pk-get (GET /schools/{id})", get(i -> "/api/v1/schools/" + pick(ids.schools(), i)));
        List<String> lists = List.of("/api/v1/offerings?page=2&size=20", "/api/v1/offerings?page=3&size=20&category=academic",
                "/api/v1/schools?page=1&size=20");
        scenarios.put("list page (GET /offerings?page=2)", get(i -> pick(lists, i)));
        List<String> searches = List.of("/api/v1/offerings?q=tutoring&category=academic&language=es&facets=true",
                "/api/v1/offerings?q=mentoring+youth&timing=after_school&cost=free&facets=true",
                "/api/v1/organizations?q=family&language=so&region=Southeast&facets=true");
        scenarios.put("search (text + 2 filters, facets)", get(i -> pick(searches, i)));
        List<String> offeringSearches = List.of("/api/v1/offerings?q=tutoring&category=academic&language=es&facets=true",
                "/api/v1/offerings?q=mentoring+youth&timing=after_school&cost=free&facets=true",
                "/api/v1/offerings?q=math+help&facets=true");
        scenarios.put("offering search with facets", get(i -> pick(offeringSearches, i)));
        List<String> organizationSearches = List.of("/api/v1/organizations?q=family&language=so&region=Southeast&facets=true",
                "/api/v1/organizations?q=tutoring&facets=true", "/api/v1/organizations?q=youth+mentoring&cost=free&facets=true");
        scenarios.put("organization search with facets", get(i -> pick(organizationSearches, i)));
        scenarios.put("need matches", get(i -> "/api/v1/needs/" + pick(ids.needs(), i) + "/matches"));
        scenarios.put("school matches (15 open needs)", get(i -> "/api/v1/schools/" + pick(ids.schools(), i) + "/matches"));
        scenarios.put("opportunities", get(i -> "/api/v1/organizations/" + pick(ids.organizations(), i) + "/opportunities"));
        scenarios.put("partnership request + accept", i -> requestAndAccept());
        scenarios.put("allocation (5 schools)", i -> allocate());
        return scenarios;
    }

    /** Weights of the mixed workload: mostly reads, some writes, a rare allocation. */
    static final Map<String, Integer> MIX = Map.of(
            "pk-get (GET /schools/{id})", 30, "list page (GET /offerings?page=2)", 10,
            "search (text + 2 filters, facets)", 20, "need matches", 12, "school matches (15 open needs)", 6,
            "opportunities", 12, "partnership request + accept", 8, "allocation (5 schools)", 2);

    /** Draws a scenario by weight for each call, deterministically from the call's index; counts errors by name and status. */
    IntPredicate mixed(Map<String, AtomicLong> errors) {
        Map<String, IntPredicate> all = all();
        String[] wheel = all.keySet().stream()
                .flatMap(name -> java.util.Collections.nCopies(MIX.getOrDefault(name, 0), name).stream())
                .toArray(String[]::new);
        return i -> {
            String name = wheel[Math.floorMod(i * 7919, wheel.length)];
            boolean ok = all.get(name).test(i);
            if (!ok) {
                errors.computeIfAbsent(name + ": " + FAILURE.get(), k -> new AtomicLong()).incrementAndGet();
            }
            return ok;
        };
    }

    static Map<String, AtomicLong> errorCounts() {
        return new ConcurrentHashMap<>();
    }

    private IntPredicate get(java.util.function.IntFunction<String> path) {
        return i -> {
            return succeeded(driver.exchange(driver.request(path.apply(i), null)), 2);
        };
    }

    private boolean requestAndAccept() {
        int k = pairs.getAndIncrement();
        // offerings vary fastest, so each offering's capacity (20+ students, 1 per request) lasts
        String offering = ids.offerings().get(k % ids.offerings().size());
        String[] schoolNeed = ids.schoolNeeds().get((k / ids.offerings().size()) % ids.schoolNeeds().size());
        String body = "{\"schoolId\":\"" + schoolNeed[0] + "\",\"offeringId\":\"" + offering + "\",\"needIds\":[\""
                + schoolNeed[1] + "\"],\"studentsToServe\":1,\"startDate\":\"2027-02-01\",\"endDate\":\"2027-06-15\"}";
        HttpResponse<String> requested = driver.exchange(driver.request("/api/v1/partnerships", body));
        if (!succeeded(requested, 2)) {
            return false;
        }
        Matcher id = ID.matcher(requested.body());
        if (!id.find()) {
            FAILURE.set("no id");
            return false;
        }
        HttpResponse<String> accepted = driver.exchange(driver.request("/api/v1/partnerships/" + id.group(1) + "/accept", ""));
        return succeeded(accepted, 2);
    }

    private boolean allocate() {
        int k = plans.getAndIncrement();
        StringBuilder schools = new StringBuilder();
        for (int j = 0; j < 5; j++) {
            schools.append(j == 0 ? "" : ",").append('"').append(pick(ids.schools(), k * 5 + j)).append('"');
        }
        return succeeded(driver.exchange(driver.request("/api/v1/allocations", "{\"schoolIds\":[" + schools + "]}")), 2);
    }

    /** Whether {@code r} has a status of the class wanted ({@code 2}: 2xx); records why not. */
    private static boolean succeeded(HttpResponse<String> r, int statusClass) {
        if (r != null && r.statusCode() / 100 == statusClass) {
            return true;
        }
        FAILURE.set(r == null ? "no response" : String.valueOf(r.statusCode()));
        return false;
    }

    private static String pick(List<String> values, int i) {
        return values.get(Math.floorMod(i, values.size()));
    }
}
