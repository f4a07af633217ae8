package org.partnermatch.vocabulary;

/**
 * How precisely a stored location is known: {@code exact} when someone gave the coordinates, {@code zip_centroid}
 * when they were derived from the address's ZIP code (the centre of its Census ZCTA, often a kilometre or more off),
 * {@code unknown} for a school listed without coordinates or a ZIP code (no coordinates; distances to it unknown).
 */
public enum LocationPrecision {
    exact, zip_centroid, unknown
}
