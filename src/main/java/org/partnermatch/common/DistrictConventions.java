package org.partnermatch.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;
import org.partnermatch.vocabulary.DistanceUnit;

/**
 * How the district writes dates and distances, from configuration: {@code partnermatch.district.locale} (a BCP 47
 * tag, en-US when unset: "Dec 18, 2026, 3:30 PM PST") and {@code partnermatch.district.distance-unit} ({@code miles}
 * when unset, or {@code km}). The time zone is {@link DistrictTime}'s. Read once; a value Java does not know fails
 * at the first page that needs it, naming the property.
 */
public final class DistrictConventions {

    public static final String LOCALE = "partnermatch.district.locale";
    public static final String DISTANCE_UNIT = "partnermatch.district.distance-unit";

    private static volatile Locale locale;
    private static volatile DistanceUnit distanceUnit;

    private DistrictConventions() {
    }

    public static Locale locale() {
        Locale known = locale;
        if (known == null) {
            known = ConfigProvider.getConfig().getOptionalValue(LOCALE, String.class).map(Locale::forLanguageTag)
                    .orElse(Locale.US);
            locale = known;
        }
        return known;
    }

    public static DistanceUnit distanceUnit() {
        DistanceUnit known = distanceUnit;
        if (known == null) {
            String value = ConfigProvider.getConfig().getOptionalValue(DISTANCE_UNIT, String.class).orElse("miles");
            try {
                known = DistanceUnit.valueOf(value.trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(DISTANCE_UNIT + " must be miles or km, not " + value, e);
            }
            distanceUnit = known;
        }
        return known;
    }

    /** Dates and times written the district's way, in a given zone and locale. */
    public record Dates(ZoneId zone, Locale locale) {

        public static Dates district() {
            return new Dates(DistrictTime.zone(), DistrictConventions.locale());
        }

        /**
         * The same zone and the district's region, in a reader's language (month names in Spanish, say); the
         * district's own locale when the language is the district's.
         */
        public Dates in(Locale language) {
            if (language == null || language.getLanguage().equals(locale.getLanguage())) {
                return this;
            }
            return new Dates(zone, new Locale.Builder().setLanguage(language.getLanguage())
                    .setScript(language.getScript()).setRegion(locale.getCountry()).build());
        }

        /** "Dec 18, 2026" (en-US), "18 dic. 2026" (es-US). */
        public String day(LocalDate date) {
            return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                    .format(date);
        }

        /** The day of an instant in the zone. */
        public String day(Instant instant) {
            return instant == null ? "" : day(instant.atZone(zone).toLocalDate());
        }

        /** "Dec 18, 2026, 3:30 PM PST". */
        public String time(Instant instant) {
            if (instant == null) {
                return "";
            }
            var at = instant.atZone(zone);
            return day(at.toLocalDate()) + ", "
                    + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(at) + " "
                    + DateTimeFormatter.ofPattern("zzz", locale).format(at);
        }
    }
}
