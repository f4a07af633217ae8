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

/** The short, concrete sentence behind each factor score. Only built for results that are shown. */
final class Reasons {

    private static final int MAX_WORDS_SHOWN = 5;

    private Reasons() {
    }

    static String sentence(MatchFactor factor, PreparedNeed n, MatchCandidate c, double km, DistanceUnit unit) {
        return switch (factor) {
            case CATEGORY -> category(n, c);
            case TEXT -> text(n, c);
            case GRADES -> grades(n, c);
            case LANGUAGES -> languages(n, c);
            case TIMING -> timing(n, c);
            case DISTANCE -> distance(n, c, km, unit);
            case COST -> cost(n, c);
            case CAPACITY -> capacity(n, c);
            case CULTURAL_FIT -> culturalFit(n, c);
            case TRACK_RECORD -> trackRecord(c);
            case PRIORITY -> priority(n.need().priority());
            case RESPONSIVENESS -> responsiveness(c.organization().responsiveness());
        };
    }

    static String category(PreparedNeed n, MatchCandidate c) {
        Taxonomy taxonomy = n.taxonomy();
        String needCategory = n.need().categoryCode();
        String related = null;
        CategoryRelation relation = CategoryRelation.NONE;
        String[] categories = c.categoryArray();
        for (int i = 0; i < categories.length; i++) {
            String category = categories[i];
            CategoryRelation r = n.categoryRelation(category, c.categoryHashes()[i]);
            if (r == CategoryRelation.EXACT) {
                return "Exact category: " + taxonomy.name(needCategory);
            }
            if (r.betterThan(relation)) {
                relation = r;
                related = category;
            }
        }
        if (related == null) {
            return "No matching category";
        }
        if (relation == CategoryRelation.SIBLING) {
            return "Related category: " + taxonomy.name(related) + " (you asked for " + taxonomy.name(needCategory)
                    + ")";
        }
        if (taxonomy.parent(needCategory).map(related::equals).orElse(false)) {
            return "Broader category: " + taxonomy.name(related) + " includes " + taxonomy.name(needCategory);
        }
        return "Narrower category: " + taxonomy.name(related) + " within " + taxonomy.name(needCategory);
    }

    static String text(PreparedNeed n, MatchCandidate c) {
        String[] terms = n.termArray();
        if (terms.length == 0) {
            return "No key words to compare";
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
            return "No key words in common";
        }
        List<String> shown = found.size() > MAX_WORDS_SHOWN ? found.subList(0, MAX_WORDS_SHOWN) : found;
        String sentence = "Mentions " + String.join(", ", shown) + (found.size() > shown.size() ? ", \u2026" : "")
                + " (" + found.size() + " of " + terms.length + " key words";
        return sentence + (inName > 0 ? "; " + inName + " in the offering name)" : ")");
    }

    static String grades(PreparedNeed n, MatchCandidate c) {
        NeedProfile need = n.need();
        int low = Math.max(need.gradeLow(), c.gradeLow());
        int high = Math.min(need.gradeHigh(), c.gradeHigh());
        int covered = Grades.count(low, high);
        if (covered == 0) {
            return "Covers none of " + Grades.phrase(need.gradeLow(), need.gradeHigh());
        }
        String range = Grades.phrase(low, high);
        String share = covered == n.gradeCount() ? "all requested" : covered + " of " + n.gradeCount() + " requested";
        return "Covers " + range + " (" + share + ")";
    }

    static String languages(PreparedNeed n, MatchCandidate c) {
        String[] requested = n.languageArray();
        if (requested.length == 0) {
            return "No language requested";
        }
        List<String> staff = new ArrayList<>();
        List<String> offered = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        long[] keys = n.languageKeys();
        for (int i = 0; i < requested.length; i++) {
            String lang = requested[i];
            long flags = c.languageFlags(keys[i]);
            if ((flags & MatchCandidate.STAFF_SPEAK) != 0) {
                staff.add(Languages.name(lang));
            } else if ((flags & MatchCandidate.OFFERED_IN) != 0) {
                offered.add(Languages.name(lang));
            } else {
                missing.add(Languages.name(lang));
            }
        }
        int spoken = staff.size() + offered.size();
        String counts = spoken + " of " + requested.length + " requested";
        if (spoken == 0) {
            return "Does not offer " + String.join(", ", missing) + " (" + counts + ")";
        }
        List<String> parts = new ArrayList<>();
        if (!staff.isEmpty()) {
            parts.add("Staff speak " + String.join(", ", staff));
        }
        if (!offered.isEmpty()) {
            parts.add((parts.isEmpty() ? "Offered in " : "offered in ") + String.join(", ", offered));
        }
        String tail = missing.isEmpty() ? "" : "; not " + String.join(", ", missing);
        return String.join("; ", parts) + " (" + counts + tail + ")";
    }

    static String timing(PreparedNeed n, MatchCandidate c) {
        if (n.timingCount() == 0) {
            return "Any time works for the school";
        }
        if (c.timingCount() == 0) {
            return "Schedule not listed; treated as flexible";
        }
        List<String> shared = new ArrayList<>();
        for (Timing t : n.need().timings()) {
            if ((c.timingMask() & (1 << t.ordinal())) != 0) {
                shared.add(phrase(t));
            }
        }
        String counts = shared.size() + " of " + n.timingCount() + " requested times";
        if (shared.isEmpty()) {
            return "Does not run at the requested times (" + counts + ")";
        }
        return "Runs " + joinAnd(shared) + " (" + counts + ")";
    }

    static String distance(PreparedNeed n, MatchCandidate c, double km, DistanceUnit unit) {
        Modality modality = c.modality();
        if (modality == Modality.virtual) {
            return "Virtual: no travel needed";
        }
        String region = n.school().region();
        String where;
        if (Double.isNaN(km)) {
            where = "in its " + region + " service region";
        } else if (c.radiusKm() > 0 && km <= c.radiusKm()) {
            where = unit.oneDecimal(km) + " away, inside its service area (" + unit.trimmed(c.radiusKm()) + ")";
        } else {
            where = unit.oneDecimal(km) + " away, in its " + region + " service region";
        }
        return modality == Modality.hybrid ? "Hybrid, " + where : capitalize(where);
    }

    static String cost(PreparedNeed n, MatchCandidate c) {
        String base = switch (c.cost()) {
            case free -> "Free";
            case sliding_scale -> "Sliding-scale cost";
            case fee -> "Fee-based";
        };
        if (n.costMattersLess() && c.cost() != Cost.free) {
            return base + " (cost weighs less at this school)";
        }
        return base;
    }

    static String capacity(PreparedNeed n, MatchCandidate c) {
        int remaining = c.capacityRemaining();
        if (c.capacityUnit() == CapacityUnit.schools) {
            return "Room for " + remaining + " more " + (remaining == 1 ? "school" : "schools");
        }
        String room = "Room for " + remaining + " more " + (remaining == 1 ? "student" : "students");
        int affected = n.need().studentsAffected();
        return affected > 0 ? room + " (need: " + affected + ")" : room;
    }

    static String culturalFit(PreparedNeed n, MatchCandidate c) {
        List<String> parts = new ArrayList<>();
        String led = leadership(c.organization().leadership());
        if (!led.isEmpty()) {
            parts.add(led);
        }
        String[] home = n.homeLanguageArray();
        if (home.length > 0) {
            List<String> staff = new ArrayList<>();
            List<String> communities = new ArrayList<>();
            String[][] words = n.homeLanguageCommunityWords();
            int shared = 0;
            long[] keys = n.homeLanguageKeys();
            for (int i = 0; i < home.length; i++) {
                long flags = c.languageFlags(keys[i]);
                if ((flags & MatchCandidate.STAFF_SPEAK) != 0) {
                    staff.add(Languages.name(home[i]));
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
            if (shared == 0) {
                parts.add("No shared home languages or communities (0 of " + home.length + ")");
            } else {
                List<String> how = new ArrayList<>();
                if (!staff.isEmpty()) {
                    how.add("staff speak " + String.join(", ", staff));
                }
                if (!communities.isEmpty()) {
                    how.add("communities served include " + String.join(", ", communities));
                }
                parts.add(String.join("; ", how) + " (" + shared + " of " + home.length + " home languages)");
            }
        } else if (parts.isEmpty()) {
            parts.add("No home languages other than English listed");
        }
        return capitalize(String.join("; ", parts));
    }

    static String trackRecord(MatchCandidate c) {
        TrackRecord r = c.organization().trackRecord();
        if (r.ratingCount() == 0) {
            return "No ratings yet";
        }
        return "Rated " + oneDecimal(r.average()) + " from " + r.ratingCount()
                + (r.ratingCount() == 1 ? " partnership" : " partnerships");
    }

    /** "Usually answers within 3 days; accepted 4 of 5 requests", or "No requests answered yet". */
    static String responsiveness(Responsiveness r) {
        if (r.decided() == 0 && Double.isNaN(r.medianResponseHours())) {
            return "No requests answered yet";
        }
        String accepted = "accepted " + r.accepted() + " of " + r.decided()
                + (r.decided() == 1 ? " request" : " requests");
        if (Double.isNaN(r.medianResponseHours())) {
            return capitalize(accepted) + "; none answered yet";
        }
        int days = r.usualDays();
        return "Usually answers within " + (days == 1 ? "a day" : days + " days") + "; " + accepted;
    }

    static String priority(Priority p) {
        return switch (p) {
            case urgent -> "Urgent need";
            case high -> "High-priority need";
            case medium -> "Medium-priority need";
            case low -> "Low-priority need";
        };
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
