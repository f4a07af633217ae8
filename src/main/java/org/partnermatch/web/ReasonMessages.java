package org.partnermatch.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of match reasons in English (namespace {@code reason}), one or more per reason key of
 * {@link org.partnermatch.matching.core.Reason#KEYS}; {@link ReasonWords} puts them together. The English here reads
 * exactly as the API's {@code reason} sentences (ReasonWordsEnglishTest holds them equal). Translations:
 * messages/reason_&lt;tag&gt;.properties. A bundle of its own: Qute's generated resolver fails past 300 messages.
 */
@MessageBundle(value = "reason", locale = "en")
public interface ReasonMessages {

    @Message("Exact category: {category}")
    String category_exact(String category);

    @Message("Related category: {related} (you asked for {requested})")
    String category_sibling(String related, String requested);

    @Message("Broader category: {related} includes {requested}")
    String category_broader(String related, String requested);

    @Message("Narrower category: {related} within {requested}")
    String category_narrower(String related, String requested);

    @Message("No matching category")
    String category_none();

    @Message("No key words to compare")
    String text_no_terms();

    @Message("No key words in common")
    String text_none();

    @Message("Mentions {words} ({found} of {total} key words)")
    String text_mentions(String words, int found, int total);

    @Message("Mentions {words} ({found} of {total} key words; {inName} in the offering name)")
    String text_mentions_in_name(String words, int found, int total, int inName);

    @Message("Covers none of {grades}")
    String grades_none(String grades);

    @Message("Covers {grades} (all requested)")
    String grades_all(String grades);

    @Message("Covers {grades} ({covered} of {requested} requested)")
    String grades_some(String grades, int covered, int requested);

    @Message("grade {grade}")
    String grade_one(String grade);

    @Message("grades {range}")
    String grade_range(String range);

    @Message("adult education")
    String grade_adult();

    @Message("{grades} and adult education")
    String grade_and_adult(String grades);

    @Message("No language requested")
    String languages_none_requested();

    @Message("Does not offer {languages} (0 of {requested} requested)")
    String languages_none(String languages, int requested);

    @Message("Staff speak {languages}")
    String languages_staff(String languages);

    @Message("offered in {languages}")
    String languages_offered(String languages);

    @Message("{spoken} of {requested} requested")
    String languages_counts(int spoken, int requested);

    @Message("not {languages}")
    String languages_not(String languages);

    @Message("Any time works for the school")
    String timing_any();

    @Message("Schedule not listed; treated as flexible")
    String timing_not_listed();

    @Message("Does not run at the requested times (0 of {requested} requested times)")
    String timing_none(int requested);

    @Message("Runs {times} ({shared} of {requested} requested times)")
    String timing_runs(String times, int shared, int requested);

    @Message("before school")
    String timing_before_school();

    @Message("during school")
    String timing_during_school();

    @Message("after school")
    String timing_after_school();

    @Message("in the evening")
    String timing_evening();

    @Message("on weekends")
    String timing_weekend();

    @Message("in summer")
    String timing_summer();

    @Message("{items} and {last}")
    String list_and(String items, String last);

    @Message("Virtual: no travel needed")
    String distance_virtual();

    @Message("in its {region} service region")
    String distance_region(String region);

    @Message("{distance} away, inside its service area ({radius})")
    String distance_inside_area(String distance, String radius);

    @Message("{distance} away, in its {region} service region")
    String distance_away_in_region(String distance, String region);

    @Message("Hybrid, {where}")
    String distance_hybrid(String where);

    @Message("Free")
    String cost_free();

    @Message("Sliding-scale cost")
    String cost_sliding_scale();

    @Message("Fee-based")
    String cost_fee();

    @Message("{cost} (cost weighs less at this school)")
    String cost_weighs_less(String cost);

    @Message("Room for 1 more school")
    String capacity_school_one();

    @Message("Room for {remaining} more schools")
    String capacity_schools(int remaining);

    @Message("Room for 1 more student")
    String capacity_student_one();

    @Message("Room for {remaining} more students")
    String capacity_students(int remaining);

    @Message("{room} (need: {needed})")
    String capacity_with_need(String room, int needed);

    @Message("No home languages other than English listed")
    String fit_no_home_languages();

    @Message("{leaders} organization")
    String fit_led(String leaders);

    @Message("No shared home languages or communities (0 of {homeLanguages})")
    String fit_none_shared(int homeLanguages);

    @Message("staff speak {languages}")
    String fit_staff_speak(String languages);

    @Message("communities served include {communities}")
    String fit_communities(String communities);

    @Message("{shared} of {homeLanguages} home languages")
    String fit_shared_count(int shared, int homeLanguages);

    @Message("BIPOC-led")
    String leader_bipoc_led();

    @Message("Black-led")
    String leader_black_led();

    @Message("immigrant- or refugee-led")
    String leader_immigrant_refugee_led();

    @Message("Latinx-led")
    String leader_latinx_led();

    @Message("Native-led")
    String leader_native_led();

    @Message("Asian and Pacific Islander-led")
    String leader_asian_pacific_islander_led();

    @Message("LGBTQ-led")
    String leader_lgbtq_led();

    @Message("women-led")
    String leader_women_led();

    @Message("youth-led")
    String leader_youth_led();

    @Message("No ratings yet")
    String track_none();

    @Message("Rated {average} from 1 partnership")
    String track_rated_one(String average);

    @Message("Rated {average} from {count} partnerships")
    String track_rated(String average, int count);

    @Message("Urgent need")
    String priority_urgent();

    @Message("High-priority need")
    String priority_high();

    @Message("Medium-priority need")
    String priority_medium();

    @Message("Low-priority need")
    String priority_low();

    @Message("No requests answered yet")
    String resp_none();

    @Message("accepted {accepted} of 1 request")
    String resp_accepted_one(int accepted);

    @Message("accepted {accepted} of {decided} requests")
    String resp_accepted(int accepted, int decided);

    @Message("{accepted}; none answered yet")
    String resp_none_answered(String accepted);

    @Message("Usually answers within a day; {accepted}")
    String resp_usual_day(String accepted);

    @Message("Usually answers within {days} days; {accepted}")
    String resp_usual_days(int days, String accepted);

    @Message("Listing not confirmed since {day}: ranked lower until its organization confirms it")
    String overdue_ranked_lower(String day);

    @Message("Listing not confirmed since {day}: ask its organization whether it is still offered")
    String overdue_ask(String day);

    @Message("Declined a request for this need on {day}{note}; left out of its matches until {until}")
    String left_out_declined(String day, String note, String until);

    @Message("Cancelled a request for this need on {day}{note}; left out of its matches until {until}")
    String left_out_cancelled(String day, String note, String until);
}
