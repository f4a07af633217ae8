package org.partnermatch.region;

/**
 * Fired (synchronously, inside the renaming transaction) when a region's name changes, so the features that store
 * region names follow. Schools follow by their foreign key; organizations observe this.
 */
public record RegionRenamed(String from, String to) {
}
