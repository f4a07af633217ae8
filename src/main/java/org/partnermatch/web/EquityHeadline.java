package org.partnermatch.web;

import java.util.List;
import org.partnermatch.report.ReportDtos.EquityGroup;

/**
 * The district page's equity headline: the share of open needs that have a partner at the highest-need schools
 * (need-index quartile 4) against the other ranked schools (quartiles 1–3), with the counts behind both. It says so
 * when either group has fewer than {@link #MIN_NEEDS} open needs (too few to judge), and calls shares within
 * {@link #SAME_POINTS} percentage points "about the same" — unless one group has no need with a partner at all while
 * the other has some: none against some is never the same. The page writes it in the reader's language
 * ({@code headline_} keys of {@link DistrictMessages}).
 *
 * @param verdict one of {@code less}, {@code same}, {@code better}, {@code too_few}, {@code no_needs}
 */
public record EquityHeadline(String verdict, int topPartnered, int topNeeds, int restPartnered, int restNeeds) {

    public static final int MIN_NEEDS = 5;
    public static final int SAME_POINTS = 5;

    public static EquityHeadline of(List<EquityGroup> quartiles) {
        int topNeeds = 0;
        int topPartnered = 0;
        int restNeeds = 0;
        int restPartnered = 0;
        for (EquityGroup g : quartiles) {
            if ("q4".equals(g.group())) {
                topNeeds += g.coverage().openNeeds();
                topPartnered += g.coverage().needsWithActivePartnership();
            } else if (g.group().matches("q[1-3]")) {
                restNeeds += g.coverage().openNeeds();
                restPartnered += g.coverage().needsWithActivePartnership();
            }
        }
        return of(topPartnered, topNeeds, restPartnered, restNeeds);
    }

    static EquityHeadline of(int topPartnered, int topNeeds, int restPartnered, int restNeeds) {
        return new EquityHeadline(verdict(topPartnered, topNeeds, restPartnered, restNeeds), topPartnered, topNeeds,
                restPartnered, restNeeds);
    }

    private static String verdict(int topPartnered, int topNeeds, int restPartnered, int restNeeds) {
        if (topNeeds == 0 && restNeeds == 0) {
            return "no_needs";
        }
        if (topNeeds < MIN_NEEDS || restNeeds < MIN_NEEDS) {
            return "too_few";
        }
        long top = percent(topPartnered, topNeeds);
        long rest = percent(restPartnered, restNeeds);
        if (top < rest - SAME_POINTS || topPartnered == 0 && restPartnered > 0) {
            return "less";
        }
        if (top > rest + SAME_POINTS || restPartnered == 0 && topPartnered > 0) {
            return "better";
        }
        return "same";
    }

    public int minNeeds() {
        return MIN_NEEDS;
    }

    /** The highest-need schools' share of open needs with a partner, in whole percent. */
    public long topShare() {
        return percent(topPartnered, topNeeds);
    }

    public long restShare() {
        return percent(restPartnered, restNeeds);
    }

    /** " (40%)" after a count, or nothing when the group has no open needs. */
    public String topShareInBrackets() {
        return topNeeds == 0 ? "" : " (" + topShare() + "%)";
    }

    public String restShareInBrackets() {
        return restNeeds == 0 ? "" : " (" + restShare() + "%)";
    }

    private static long percent(int part, int whole) {
        return whole == 0 ? 0 : Math.round(100.0 * part / whole);
    }
}
