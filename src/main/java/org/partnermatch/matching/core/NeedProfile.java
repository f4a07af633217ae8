package org.partnermatch.matching.core;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.partnermatch.vocabulary.Grades;
import org.partnermatch.vocabulary.Priority;
import org.partnermatch.vocabulary.Timing;

/**
 * A school's open need, as matching sees it.
 *
 * @param id               need id
 * @param schoolId         the school stating the need
 * @param categoryCode     taxonomy code (lower-cased here)
 * @param title            short title; its words count double in text relevance
 * @param description      longer text, nullable
 * @param gradeLow         lowest grade (PK = -1, K = 0 .. 12)
 * @param gradeHigh        highest grade, ≥ gradeLow
 * @param studentsAffected number of students, ≥ 0 (0 when not counted)
 * @param priority         how pressing the school says it is
 * @param timings          when help is needed; empty means any time
 * @param languages        ISO 639 codes families or students speak (lower-cased here); empty means none requested
 * @param declinedBy       organizations that declined or cancelled a request for this need within the remembered
 *                         period: left out of its matches (a hard constraint)
 */
public record NeedProfile(
        UUID id,
        UUID schoolId,
        String categoryCode,
        String title,
        String description,
        int gradeLow,
        int gradeHigh,
        int studentsAffected,
        Priority priority,
        Set<Timing> timings,
        Set<String> languages,
        Set<UUID> declinedBy) {

    /** A need no organization has turned down. */
    public NeedProfile(UUID id, UUID schoolId, String categoryCode, String title, String description, int gradeLow,
            int gradeHigh, int studentsAffected, Priority priority, Set<Timing> timings, Set<String> languages) {
        this(id, schoolId, categoryCode, title, description, gradeLow, gradeHigh, studentsAffected, priority, timings,
                languages, Set.of());
    }

    public NeedProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(categoryCode, "categoryCode");
        if (categoryCode.isBlank()) {
            throw new IllegalArgumentException("categoryCode must not be blank");
        }
        categoryCode = Normalize.lowerOrNull(categoryCode);
        title = title == null ? "" : title;
        Grades.requireRange(gradeLow, gradeHigh, "need");
        if (studentsAffected < 0) {
            throw new IllegalArgumentException("studentsAffected must be >= 0, was " + studentsAffected);
        }
        Objects.requireNonNull(priority, "priority");
        timings = Normalize.enums(timings, Timing.class);
        languages = Normalize.codes(languages);
        declinedBy = declinedBy == null ? Set.of() : Set.copyOf(declinedBy);
    }

    /** This need with another set of organizations that turned it down. */
    public NeedProfile withDeclinedBy(Set<UUID> organizations) {
        return new NeedProfile(id, schoolId, categoryCode, title, description, gradeLow, gradeHigh, studentsAffected,
                priority, timings, languages, organizations);
    }
}
