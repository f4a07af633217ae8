package org.partnermatch.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart laid out on the server, so the page draws it as plain SVG (no script): one bar per group,
 * its length the share 0..1. The page also shows the same figures as a table, for screen readers.
 */
public record BarChart(String title, int width, int height, List<Bar> bars) {

    static final int LABEL_WIDTH = 230;
    static final int BAR_HEIGHT = 26;
    static final int GAP = 12;
    static final int TOP = 8;

    /** One bar: its label, the share it shows and where it sits. */
    public record Bar(String label, String value, int y, int length, int textY, int valueX) {

        /** The bar's length as a whole percentage of the chart's width (for bars drawn in HTML). */
        public int percent() {
            return Math.round(100f * length / (640 - LABEL_WIDTH - 60));
        }
    }

    public record Group(String label, Double share) {
    }

    /** @param noNeeds the value shown for a group with no open needs ("no open needs") */
    public static BarChart of(String title, String noNeeds, List<Group> groups) {
        int width = 640;
        int room = width - LABEL_WIDTH - 60;
        List<Bar> bars = new ArrayList<>();
        int y = TOP;
        for (Group group : groups) {
            double share = group.share() == null ? 0 : Math.max(0, Math.min(1, group.share()));
            int length = (int) Math.round(share * room);
            String value = group.share() == null ? noNeeds : Math.round(share * 100) + "%";
            bars.add(new Bar(group.label(), value, y, length, y + BAR_HEIGHT / 2 + 5, LABEL_WIDTH + length + 6));
            y += BAR_HEIGHT + GAP;
        }
        return new BarChart(title, width, y + TOP, bars);
    }

    public int labelWidth() {
        return LABEL_WIDTH;
    }

    public int barHeight() {
        return BAR_HEIGHT;
    }
}
