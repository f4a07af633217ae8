package org.partnermatch.common;

import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The district's time zone ({@code partnermatch.district.time-zone}, an IANA name; America/Los_Angeles when unset):
 * what "today" is for document expiry, and the zone pages and e-mails show dates and times in. Read once.
 */
public final class DistrictTime {

    public static final String PROPERTY = "partnermatch.district.time-zone";
    static final ZoneId DEFAULT = ZoneId.of("America/Los_Angeles");

    private static volatile ZoneId zone;

    private DistrictTime() {
    }

    public static ZoneId zone() {
        ZoneId known = zone;
        if (known == null) {
            // A zone Java does not know fails here, naming it, at the first page or job that needs it.
            known = ConfigProvider.getConfig().getOptionalValue(PROPERTY, String.class).map(ZoneId::of).orElse(DEFAULT);
            zone = known;
        }
        return known;
    }

    public static LocalDate today() {
        return LocalDate.now(zone());
    }
}
