package org.partnermatch.matching.core;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * How much lower an overdue listing ranks (one whose offering or organization was last confirmed before the overdue
 * cutoff, see {@link MatchCandidate#of(OfferingProfile, OrganizationProfile, Instant)}), and how its reason writes the
 * date. The penalty is subtracted from the total (0..1, so 0.15 is 15 points of 100; a total never goes below 0): an
 * overdue listing still passes every hard constraint, but ranks below an equally good current one, and a much better
 * overdue fit can still lead.
 *
 * @param points penalty on the 0..1 total, in [0, 1]; 0 ranks overdue listings as if current (the reason still says so)
 * @param zone   the district's time zone, in which the date of the last confirmation is written
 * @param locale the district's locale for that date ("Mar 3, 2026" in en-US)
 */
public record OverduePenalty(double points, ZoneId zone, Locale locale) {

    /** The default penalty: 15 points of 100. */
    public static final double DEFAULT_POINTS = 0.15;

    public OverduePenalty {
        if (!(points >= 0 && points <= 1)) {
            throw new IllegalArgumentException("overdue penalty must lie in [0, 1], was " + points);
        }
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(locale, "locale");
    }

    /** 15 points, dates in UTC and en-US. */
    public static OverduePenalty defaults() {
        return new OverduePenalty(DEFAULT_POINTS, ZoneId.of("UTC"), Locale.US);
    }

    /** The total after the penalty, for a candidate that is overdue. */
    double apply(double total) {
        return Math.max(0.0, total - points);
    }

    /** "Listing not confirmed since Mar 3, 2026: ranked lower until its organization confirms it". */
    Reason reason(Instant confirmedAt) {
        java.time.LocalDate confirmedOn = confirmedAt.atZone(zone).toLocalDate();
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(confirmedOn);
        return points > 0
                ? Reason.of("overdue.ranked_lower",
                        "Listing not confirmed since " + day + ": ranked lower until its organization confirms it",
                        "confirmedOn", confirmedOn.toString())
                : Reason.of("overdue.ask",
                        "Listing not confirmed since " + day + ": ask its organization whether it is still offered",
                        "confirmedOn", confirmedOn.toString());
    }
}
