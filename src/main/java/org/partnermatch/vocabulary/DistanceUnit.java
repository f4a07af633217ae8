package org.partnermatch.vocabulary;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How distances are shown to people: miles in a US district, kilometres elsewhere. The API and the database keep
 * kilometres; only words on pages, in e-mails and in match reasons use the district's unit.
 */
public enum DistanceUnit {
    miles("miles", "mile", 1.609344),
    km("km", "km", 1.0);

    private final String plural;
    private final String singular;
    private final double kmPerUnit;

    DistanceUnit(String plural, String singular, double kmPerUnit) {
        this.plural = plural;
        this.singular = singular;
        this.kmPerUnit = kmPerUnit;
    }

    /** The unit's name as a label says it: "miles", "km". */
    public String label() {
        return plural;
    }

    /** A distance with one decimal: "2.3 miles", "3.7 km" (match reasons build many: no String.format). */
    public String oneDecimal(double kilometres) {
        long tenths = Math.round(Math.abs(fromKm(kilometres)) * 10.0);
        return tenths / 10 + "." + tenths % 10 + " " + plural;
    }

    /** A distance to a tenth, without a trailing ".0": "5 miles", "7.5 km", "1 mile". */
    public String trimmed(double kilometres) {
        long tenths = Math.round(Math.abs(fromKm(kilometres)) * 10.0);
        String number = tenths % 10 == 0 ? Long.toString(tenths / 10) : tenths / 10 + "." + tenths % 10;
        return number + " " + (tenths == 10 ? singular : plural);
    }

    public double fromKm(double kilometres) {
        return kilometres / kmPerUnit;
    }

    /** A distance typed in this unit, in kilometres (three decimals: about a metre). */
    public BigDecimal toKm(BigDecimal inUnit) {
        return inUnit == null ? null : inUnit.multiply(BigDecimal.valueOf(kmPerUnit)).setScale(3, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }

    /** A distance in kilometres, in this unit, for a form to show (one decimal at most). */
    public BigDecimal fromKm(BigDecimal kilometres) {
        return kilometres == null ? null : kilometres.divide(BigDecimal.valueOf(kmPerUnit), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }
}
