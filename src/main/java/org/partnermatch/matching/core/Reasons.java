package org.partnermatch.matching.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.partnermatch.vocabulary.CapacityUnit;
import org.partnermatch.vocabulary.Cost;
import org.partnermatch.vocabulary.DistanceUnit;
import org.partnermatch.vocabulary.Grades;
import org.partnermatch.vocabulary.Languages;
import org.partnermatch.vocabulary.Leadership;
import org.partnermatch.vocabulary.Modality;
import org.partnermatch.vocabulary.Priority;
import org.partnermatch.vocabulary.Timing;

/**
 * The reason behind each factor score: its key and arguments, and its short, concrete English sentence, built in the
 * same branch so the two cannot drift apart. Only built for results that are shown.
 */
final class Reasons {

    private static final int MAX_WORDS_SHOWN = 5;

    private Reasons() {
    }

    static Reason category(PreparedNeed n, MatchCandidate c) {
        Taxonomy taxonomy = n.taxonomy();
        String needCategory = n.need().categoryCode();
        String related = null;
        CategoryRelation relation = CategoryRelation.NONE;
        String[] categories = c.categoryArray();
        for (int i = 0; i < categories.length; i++) {
            String category = categories[i];
            CategoryRelation r = n.categoryRelation(category, c.categoryHashes()[i]);
            if (r == CategoryRelation.EXACT) {
                return Reason.of("category.exact", "Exact category: " + taxonomy.name(needCategory),
                        "category", needCategory);
            }
            if (r.betterThan(relation)) {
                relation = r;
                related = category;
            }
        }
        if (related == null) {
            return Reason.of("category.none", "No matching category");
        }
        if (relation == CategoryRelation.SIBLING) {
            return Reason.of("category.sibling", "Related category: " + taxonomy.name(related) + " (you asked for "
                    + taxonomy.name(needCategory) + ")", "related", related, "requested", needCategory);
        }
        if (taxonomy.parent(needCategory).map(related::equals).orElse(false)) {
            return Reason.of("category.broader", "Broader category: " + taxonomy.name(related) + " includes "
                    + taxonomy.name(needCategory), "related", related, "requested", needCategory);
        }
        return Reason.of("category.narrower", "Narrower category: " + taxonomy.name(related) + " within "
                + taxonomy.name(needCategory), "related", related, "requested", needCategory);
    }

    static Reason text(PreparedNeed n, MatchCandidate c) {
        String[] terms = n.termArray();
        if (terms.length == 0) {
            return Reason.of("text.no_terms", "No key words to compare");
        }
        List<String> found = new ArrayList<>();
        int inName = 0;
        for (int i = 0; i < terms.length; i++) {
            double credit = c.termCredit(n.termKeysInOrder()[i]);
            if (credit > 0) {
                found.add(n.termSurfaces()[i]);
                if (credit >= MatchCandidate.NAME_CREDIT) {
                    inName++;
                }
            }
        }
        if (found.isEmpty()) {
            return Reason.of("text.none", "No key words in common");
        }
        List<String> shown = found.size() > MAX_WORDS_SHOWN ? found.subList(0, MAX_WORDS_SHOWN) : found;
        String sentence = "Mentions " + String.join(", ", shown) + (found.size() > shown.size() ? ", \u2026" : "")
                + " (" + found.size() + " of " + terms.length + " key words";
        return Reason.of("text.mentions", sentence + (inName > 0 ? "; " + inName + " in the offering name)" : ")"),
                "words", List.copyOf(shown), "found", found.size(), "total", terms.length, "inName", inName);
    }

    static Reason grades(PreparedNeed n, MatchCandidate c) {
        NeedProfile need = n.need();
        int low = Math.max(need.gradeLow(), c.gradeLow());
        int high = Math.min(need.gradeHigh(), c.gradeHigh());
        int covered = Grades.count(low, high);
        if (covered == 0) {
            return Reason.of("grades.none", "Covers none of " + Grades.phrase(need.gradeLow(), need.gradeHigh()),
                    "low", need.gradeLow(), "high", need.gradeHigh());
        }
        String range = Grades.phrase(low, high);
        if (covered == n.gradeCount()) {
            return Reason.of("grades.all", "Covers " + range + " (all requested)", "low", low, "high", high);
        }
        return Reason.of("grades.some", "Covers " + range + " (" + covered + " of " + n.gradeCount() + " requested)",
                "low", low, "high", high, "covered", covered, "requested", n.gradeCount());
    }

    static Reason languages(PreparedNeed n, MatchCandidate c) {
        String[] requested = n.languageArray();
        if (requested.length == 0) {
            return Reason.of("languages.none_requested", "No language requested");
        }
        List<String> staff = new ArrayList<>();
        List<String> offered = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        long[] keys = n.languageKeys();
        for (int i = 0; i < requested.length; i++) {
            String lang = requested[i];
            long flags = c.languageFlags(keys[i]);
            if ((flags & MatchCandidate.STAFF_SPEAK) != 0) {
                staff.add(lang);
            } else if ((flags & MatchCandidate.OFFERED_IN) != 0) {
                offered.add(lang);
            } else {
                missing.add(lang);
            }
        }
        int spoken = staff.size() + offered.size();
        String counts = spoken + " of " + requested.length + " requested";
        if (spoken == 0) {
            return Reason.of("languages.none", "Does not offer " + names(missing) + " (" + counts + ")",
                    "notOffered", missing, "requested", requested.length);
        }
        List<String> parts = new ArrayList<>();
        if (!staff.isEmpty()) {
            parts.add("Staff speak " + names(staff));
        }
        if (!offered.isEmpty()) {
            parts.add((parts.isEmpty() ? "Offered in " : "offered in ") + names(offered));
        }
        String tail = missing.isEmpty() ? "" : "; not " + names(missing);
        return Reason.of("languages.spoken", String.join("; ", parts) + " (" + counts + tail + ")",
                "staffSpeak", staff, "offeredIn", offered, "notOffered", missing, "spoken", spoken,
                "requested", requested.length);
    }

    /** Language codes by their English names, comma-separated. */
    private static String names(List<String> codes) {
        List<String> names = new ArrayList<>(codes.size());
        for (String code : codes) {
            names.add(Languages.name(code));
        }
        return String.join(", ", names);
    }

    static Reason timing(PreparedNeed n, MatchCandidate c) {
        if (n.timingCount() == 0) {
            return Reason.of("timing.any", "Any time works for the school");
        }
        if (c.timingCount() == 0) {
            return Reason.of("timing.not_listed", "Schedule not listed; treated as flexible");
        }
        List<String> shared = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (Timing t : n.need().timings()) {
            if ((c.timingMask() & (1 << t.ordinal())) != 0) {
                shared.add(phrase(t));
                codes.add(t.name());
            }
        }
        String counts = shared.size() + " of " + n.timingCount() + " requested times";
        if (shared.isEmpty()) {
            return Reason.of("timing.none", "Does not run at the requested times (" + counts + ")",
                    "requested", n.timingCount());
        }
        return Reason.of("timing.runs", "Runs " + joinAnd(shared) + " (" + counts + ")",
                "timings", codes, "shared", shared.size(), "requested", n.timingCount());
    }

    static Reason distance(PreparedNeed n, MatchCandidate c, double km, DistanceUnit unit) {
        Modality modality = c.modality();
        if (modality == Modality.virtual) {
            return Reason.of("distance.virtual", "Virtual: no travel needed");
        }
        boolean hybrid = modality == Modality.hybrid;
        String region = n.school().region();
        if (Double.isNaN(km)) {
            return Reason.of("distance.region", located(hybrid, "in its " + region + " service region"),
                    "hybrid", hybrid, "region", region);
        }
        if (c.radiusKm() > 0 && km <= c.radiusKm()) {
            return Reason.of("distance.inside_area", located(hybrid, unit.oneDecimal(km)
                    + " away, inside its service area (" + unit.trimmed(c.radiusKm()) + ")"),
                    "hybrid", hybrid, "km", km, "radiusKm", c.radiusKm());
        }
        return Reason.of("distance.away_in_region", located(hybrid, unit.oneDecimal(km) + " away, in its " + region
                + " service region"), "hybrid", hybrid, "km", km, "region", region);
    }

    private static String located(boolean hybrid, String where) {
        return hybrid ? "Hybrid, " + where : capitalize(where);
    }

    static Reason cost(PreparedNeed n, MatchCandidate c) {
        String base = switch (c.cost()) {
            case free -> "Free";
            case sliding_scale -> "Sliding-scale cost";
            case fee -> "Fee-based";
        };
        boolean weighsLess = n.costMattersLess() && c.cost() != Cost.free;
        return Reason.of("cost." + c.cost().name(), weighsLess ? base + " (cost weighs less at this school)" : base,
                "weighsLess", weighsLess);
    }

    static Reason capacity(PreparedNeed n, MatchCandidate c) {
        int remaining = c.capacityRemaining();
        if (c.capacityUnit() == CapacityUnit.schools) {
            return Reason.of("capacity.schools", "Room for " + remaining + " more "
                    + (remaining == 1 ? "school" : "schools"), "remaining", remaining);
        }
        String room = "Room for " + remaining + " more " + (remaining == 1 ? "student" : "students");
        int affected = n.need().studentsAffected();
        return Reason.of("capacity.students", affected > 0 ? room + " (need: " + affected + ")" : room,
                "remaining", remaining, "needed", Math.max(affected, 0));
    }

    static Reason culturalFit(PreparedNeed n, MatchCandidate c) {
        Set<Leadership> leadership = c.organization().leadership();
        String led = leadership(leadership);
        List<String> leaders = new ArrayList<>(leadership.size());
        for (Leadership l : leadership) { // an EnumSet: declaration order, stable
            leaders.add(l.name());
        }
        String[] home = n.homeLanguageArray();
        if (home.length == 0) {
            return led.isEmpty()
                    ? Reason.of("cultural_fit.no_home_languages", "No home languages other than English listed")
                    : Reason.of("cultural_fit.led", led, "leadership", leaders);
        }
        List<String> staff = new ArrayList<>();
        List<String> communities = new ArrayList<>();
        String[][] words = n.homeLanguageCommunityWords();
        int shared = 0;
        long[] keys = n.homeLanguageKeys();
        for (int i = 0; i < home.length; i++) {
            long flags = c.languageFlags(keys[i]);
            if ((flags & MatchCandidate.STAFF_SPEAK) != 0) {
                staff.add(home[i]);
                shared++;
            } else if ((flags & MatchCandidate.COMMUNITY_NAMED) != 0) {
                int p = 0;
                for (String phrase : c.organization().communitiesServed()) { // same order as gramsByPhrase
                    if (namesAny(c.gramsByPhrase().get(p++), words[i]) && !communities.contains(phrase)) {
                        communities.add(phrase);
                    }
                }
                shared++;
            }
        }
        String ledPart = led.isEmpty() ? "" : led + "; ";
        if (shared == 0) {
            return Reason.of("cultural_fit.none_shared", capitalize(ledPart
                    + "No shared home languages or communities (0 of " + home.length + ")"),
                    "leadership", leaders, "homeLanguages", home.length);
        }
        List<String> how = new ArrayList<>();
        if (!staff.isEmpty()) {
            how.add("staff speak " + names(staff));
        }
        if (!communities.isEmpty()) {
            how.add("communities served include " + String.join(", ", communities));
        }
        return Reason.of("cultural_fit.shared", capitalize(ledPart + String.join("; ", how) + " (" + shared + " of "
                + home.length + " home languages)"), "leadership", leaders, "staffSpeak", staff,
                "communities", communities, "shared", shared, "homeLanguages", home.length);
    }

    static Reason trackRecord(MatchCandidate c) {
        TrackRecord r = c.organization().trackRecord();
        if (r.ratingCount() == 0) {
            return Reason.of("track_record.none", "No ratings yet");
        }
        return Reason.of("track_record.rated", "Rated " + oneDecimal(r.average()) + " from " + r.ratingCount()
                + (r.ratingCount() == 1 ? " partnership" : " partnerships"),
                "average", Math.round(r.average() * 10.0) / 10.0, "count", r.ratingCount());
    }

    /** "Usually answers within 3 days; accepted 4 of 5 requests", or "No requests answered yet". */
    static Reason responsiveness(Responsiveness r) {
        if (r.decided() == 0 && Double.isNaN(r.medianResponseHours())) {
            return Reason.of("responsiveness.none", "No requests answered yet");
        }
        String accepted = "accepted " + r.accepted() + " of " + r.decided()
                + (r.decided() == 1 ? " request" : " requests");
        if (Double.isNaN(r.medianResponseHours())) {
            return Reason.of("responsiveness.none_answered", capitalize(accepted) + "; none answered yet",
                    "accepted", r.accepted(), "decided", r.decided());
        }
        int days = r.usualDays();
        return Reason.of("responsiveness.usual", "Usually answers within " + (days == 1 ? "a day" : days + " days")
                + "; " + accepted, "days", days, "accepted", r.accepted(), "decided", r.decided());
    }

    static Reason priority(Priority p) {
        return Reason.of("priority." + p.name(), switch (p) {
            case urgent -> "Urgent need";
            case high -> "High-priority need";
            case medium -> "Medium-priority need";
            case low -> "Low-priority need";
        });
    }

    /** "Black-led organization", "Black-led, immigrant- or refugee-led organization", or "" for none. */
    static String leadership(Set<Leadership> leadership) {
        if (leadership.isEmpty()) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (Leadership l : leadership) { // an EnumSet: declaration order, stable
            names.add(switch (l) {
                case bipoc_led -> "BIPOC-led";
                case black_led -> "Black-led";
                case immigrant_refugee_led -> "immigrant- or refugee-led";
                case latinx_led -> "Latinx-led";
                case native_led -> "Native-led";
                case asian_pacific_islander_led -> "Asian and Pacific Islander-led";
                case lgbtq_led -> "LGBTQ-led";
                case women_led -> "women-led";
                case youth_led -> "youth-led";
            });
        }
        return capitalize(String.join(", ", names)) + " organization";
    }

    static String phrase(Timing t) {
        return switch (t) {
            case before_school -> "before school";
            case during_school -> "during school";
            case after_school -> "after school";
            case evening -> "in the evening";
            case weekend -> "on weekends";
            case summer -> "in summer";
        };
    }

    private static boolean namesAny(Set<String> grams, String[] words) {
        for (String w : words) {
            if (grams.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static String joinAnd(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** "3.2" (half up); no String.format, which is slow and locale-bound. */
    static String oneDecimal(double value) {
        long tenths = Math.round(Math.abs(value) * 10.0);
        return (value < 0 && tenths != 0 ? "-" : "") + (tenths / 10) + "." + (tenths % 10);
    }

    /** "10" for 10.0, "7.5" for 7.5. */
    static String trimmed(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : oneDecimal(value);
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
