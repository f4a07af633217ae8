package org.partnermatch.web;

import java.util.List;
import org.partnermatch.report.ReportDtos.EquityGroup;

/**
 * The district page's equity headline: the share of open needs that have a partner at the highest-need schools
 * (need-index quartile 4) against the other ranked schools (quartiles 1–3), with the counts behind both. It says so
 * when either group has fewer than {@link #MIN_NEEDS} open needs (too few to judge), and calls shares within
 * {@link #SAME_POINTS} percentage points "about the same" — unless one group has no need with a partner at all while
 * the other has some: none against some is never the same.
 *
 * @param verdict  one of {@code less}, {@code same}, {@code better}, {@code too_few}, {@code no_needs}
 * @param sentence the headline in plain words
 * @param figures  the counts behind it ("2 of 10 open needs … against 7 of 20 …"); null without needs
 */
public record EquityHeadline(String verdict, String sentence, String figures) {

    public static final int MIN_NEEDS = 5;
    static final int SAME_POINTS = 5;

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
        if (topNeeds == 0 && restNeeds == 0) {
            return new EquityHeadline("no_needs", "No school has open needs right now, so there is nothing to compare.",
                    null);
        }
        String figures = topPartnered + " of " + topNeeds + " open needs at the highest-need schools have a partner"
                + percent(topPartnered, topNeeds) + ", against " + restPartnered + " of " + restNeeds
                + " at the other schools" + percent(restPartnered, restNeeds) + ".";
        if (topNeeds < MIN_NEEDS || restNeeds < MIN_NEEDS) {
            String few = topNeeds < MIN_NEEDS ? "the highest-need schools have " + topNeeds
                    : "the other schools have " + restNeeds;
            return new EquityHeadline("too_few", "Too few open needs to judge whether the highest-need schools are "
                    + "served as well as the others: " + few + " (we compare from " + MIN_NEEDS + " in each group).",
                    figures);
        }
        long top = Math.round(100.0 * topPartnered / topNeeds);
        long rest = Math.round(100.0 * restPartnered / restNeeds);
        boolean noneAgainstSome = topPartnered == 0 && restPartnered > 0;
        boolean someAgainstNone = restPartnered == 0 && topPartnered > 0;
        if (top < rest - SAME_POINTS || noneAgainstSome) {
            return new EquityHeadline("less", "The highest-need schools are served less well than the others: "
                    + top + "% of their open needs have a partner, against " + rest + "%.", figures);
        }
        if (top > rest + SAME_POINTS || someAgainstNone) {
            return new EquityHeadline("better", "The highest-need schools are served better than the others: "
                    + top + "% of their open needs have a partner, against " + rest + "%.", figures);
        }
        return new EquityHeadline("same", "The highest-need schools are served about as well as the others: "
                + top + "% of their open needs have a partner, against " + rest + "%.", figures);
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "" : " (" + Math.round(100.0 * part / whole) + "%)";
    }
}
