package org.partnermatch.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.util.Optional;

/**
 * The maps on the pages (docs/web.md, "Maps"): where their background tiles come from. Leaflet itself is served by
 * this site. Without tiles (none set, or the tile server unreachable) a map still shows its places on a blank
 * background, and every page lists the same places as text first.
 */
@ConfigMapping(prefix = "partnermatch.map")
public interface MapSettings {

    /** Tile URL template with {z}/{x}/{y} (and {s} for subdomains), or "none" for no background. */
    @WithDefault("https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    String tileUrl();

    /** The credit the tile provider asks for, shown on the map. */
    @WithDefault("© OpenStreetMap contributors")
    String attribution();

    /** Where a location picker opens when nothing is placed yet: "latitude,longitude" (the district's centre). */
    @WithDefault("47.6062,-122.3321")
    String center();

    /** The tile URL, unless tiles are switched off. */
    default Optional<String> tiles() {
        String url = tileUrl().trim();
        return url.isEmpty() || "none".equals(url) ? Optional.empty() : Optional.of(url);
    }

    /** The tiles' origin for the pages' Content-Security-Policy (img-src); {s} subdomains become a wildcard. */
    default Optional<String> tileOrigin() {
        return tiles().map(url -> {
            URI uri = URI.create(url.replace("{s}", "*").replace("{z}", "0").replace("{x}", "0").replace("{y}", "0")
                    .replace("{r}", ""));
            return uri.getScheme() + "://" + uri.getRawAuthority();
        });
    }
}
