package org.partnermatch.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the district staff's own pages in English: the district overview (vetting, coverage and the equity
 * headline, allocation), allocation plans, the annual report, regions, the outbox, and the public page explaining the
 * numbers. Translations: messages/district_&lt;tag&gt;.properties (Spanish complete; other languages read English).
 * A bundle of its own beside {@link WebMessages}: Qute's generated resolver fails to verify past 300 messages.
 */
@MessageBundle(value = "district", locale = "en")
public interface DistrictMessages {

    @Message("District overview")
    String title();

    @Message("Vetting decision saved. The organization's members are told by e-mail.")
    String vetted();

    @Message("You joined the district's staff.")
    String joined();

    @Message("Outbox")
    String outbox_link();

    @Message("every e-mail PartnerMatch queued, and whether it went out")
    String outbox_about();

    @Message("People and invitations")
    String people_link();

    @Message("invite district staff, and each school's principal and staff")
    String people_about();

    @Message("Regions")
    String regions_link();

    @Message("the district's regions and their ZIP codes")
    String regions_about();

    @Message("Organizations waiting for approval")
    String vetting_title();

    @Message("Nobody is waiting.")
    String nobody_waiting();

    @Message("Note for approving {name}")
    String note_for(String name);

    @Message("Note (optional)")
    String note_placeholder();

    @Message("Approve")
    String approve();

    @Message("Suspend")
    String suspend();

    @Message("Suspended")
    String suspended();

    @Message("Approve again")
    String approve_again();

    @Message("Coverage and equity")
    String equity_title();

    @Message("{openNeeds} open needs for {students} students: {partnered} have a partner, {good} have a good match waiting, {weak} only weaker matches, and {deserts} have no possible partner at all ({desertStudents} students).")
    String coverage_totals(int openNeeds, int students, int partnered, int good, int weak, int deserts, int desertStudents);

    @Message("No school has open needs right now, so there is nothing to compare.")
    String headline_no_needs();

    @Message("Too few open needs to judge whether the highest-need schools are served as well as the others: the highest-need schools have {count} (we compare from {min} in each group).")
    String headline_too_few_top(int count, int min);

    @Message("Too few open needs to judge whether the highest-need schools are served as well as the others: the other schools have {count} (we compare from {min} in each group).")
    String headline_too_few_rest(int count, int min);

    @Message("The highest-need schools are served less well than the others: {top}% of their open needs have a partner, against {rest}%.")
    String headline_less(long top, long rest);

    @Message("The highest-need schools are served better than the others: {top}% of their open needs have a partner, against {rest}%.")
    String headline_better(long top, long rest);

    @Message("The highest-need schools are served about as well as the others: {top}% of their open needs have a partner, against {rest}%.")
    String headline_same(long top, long rest);

    @Message("{topPartnered} of {topNeeds} open needs at the highest-need schools have a partner{topShare}, against {restPartnered} of {restNeeds} at the other schools{restShare}.")
    String headline_figures(int topPartnered, int topNeeds, String topShare, int restPartnered, int restNeeds, String restShare);

    @Message("Highest-need schools are the quarter with the highest need index, which sums up each school's equity figures.")
    String equity_explain();

    @Message("How coverage and the headline are computed")
    String equity_how();

    @Message("Share of open needs with a partner")
    String chart_title();

    @Message("{title}, by need-index quartile and Title I. The table below holds the same figures.")
    String chart_caption(String title);

    @Message("no open needs")
    String no_open_needs();

    @Message("Coverage by group")
    String coverage_by_group();

    @Message("Group")
    String col_group();

    @Message("Schools")
    String col_schools();

    @Message("Open needs")
    String col_open_needs();

    @Message("With a partner")
    String col_partnered();

    @Message("Partner or good match")
    String col_partner_or_good();

    @Message("No possible partner")
    String col_desert();

    @Message("Schools and their needs")
    String schools_title();

    @Message("Each school: how many of its open needs have a partner ({count} schools)")
    String schools_summary(int count);

    @Message("{partnered} of {open} open needs have a partner")
    String school_partnered(int partnered, int open);

    @Message("No open needs")
    String map_no_open_needs();

    @Message("The annual partnership report")
    String annual_link();

    @Message("for the school board: partnerships, students served and outcomes of a school year.")
    String annual_about();

    @Message("Listings to keep current")
    String listings_link();

    @Message("reported problems to resolve, and listings their organizations have not confirmed.")
    String listings_about();

    @Message("Coverage on the map")
    String map_title();

    @Message("Each school, coloured by how many of its open needs have a partner; the list above says the same in words.")
    String map_hint();

    @Message("Plan an allocation")
    String alloc_title();

    @Message("Proposes which offering should serve which open need so that scarce places go furthest, weighted toward the schools with the highest need. It proposes; it does not create partnerships.")
    String alloc_about();

    @Message("Region")
    String region();

    @Message("All regions")
    String all_regions();

    @Message("Category")
    String category();

    @Message("All categories")
    String all_categories();

    @Message("Lowest fit to propose (0 to 1)")
    String min_score();

    @Message("Empty: the good-match threshold.")
    String min_score_hint();

    @Message("Run the allocation")
    String run();

    @Message("Recent plans")
    String recent_plans();

    @Message("(failed)")
    String failed();

    /**
     * An equity group's name by its report code (q1…q4, title_i, need_index_75_100 …): in English the report's own
     * label, passed as {@code fallback}; other languages name each code and fall back to it.
     */
    @Message("{fallback}")
    String group(String code, String fallback);

    @Message("region {name}")
    String scope_region(String name);

    @Message("all regions")
    String scope_all_regions();

    @Message("all categories")
    String scope_all_categories();

    @Message("{count} chosen {#if count == 1}school{#else}schools{/if}")
    String scope_schools(Integer count);

    @Message("fit from {score}")
    String scope_fit(double score);

    @Message("Allocation plan")
    String plan_title();

    @Message("{made} partnership requests sent")
    String plan_requested(int made);

    @Message("; {count} plan lines skipped (a request was already open, or the need or offering changed)")
    String plan_skipped(int count);

    @Message(". Each organization is e-mailed and answers on its partnership page.")
    String plan_requested_end();

    @Message("This plan covers")
    String plan_covers();

    @Message("; made {time}.")
    String plan_made(String time);

    @Message("The plan is being computed.")
    String plan_computing();

    @Message("Refresh")
    String plan_refresh();

    @Message("in a moment.")
    String plan_in_a_moment();

    @Message("{needs} open needs, {offerings} offerings, {pairs} possible pairs; solved in {millis} ms.")
    String plan_lead(int needs, int offerings, int pairs, long millis);

    @Message("The plan against a simple first-come plan")
    String plan_against();

    @Message("Students served")
    String plan_students_served();

    @Message("Equity-weighted value")
    String plan_value();

    @Message("This plan")
    String plan_this();

    @Message("Greedy plan")
    String plan_greedy();

    @Message("\"Equity-weighted value\" counts each student served by the fit, weighted from 0.5 at the lowest-need school to 1.5 at the highest.")
    String plan_value_explain();

    @Message("How it is computed")
    String plan_how();

    @Message("By school, highest need first")
    String plan_by_school();

    @Message("\"Need index\" (0 to 100) sums up each school's equity figures; \"fit\" (0 to 100) is how well the offering suits the need.")
    String plan_index_explain();

    @Message("Need index")
    String plan_need_index();

    @Message("fit")
    String plan_fit();

    @Message("Need index {index} · {served} of {affected} students served")
    String plan_school_line(double index, int served, int affected);

    @Message("Nothing proposed.")
    String plan_nothing();

    @Message("{need}: {offering} by {organization} — {students} students, fit {score}")
    String plan_line(String need, String offering, String organization, int students, double score);

    @Message("Turn this plan into requests")
    String plan_requests_title();

    @Message("Sends one partnership request per school and offering in the plan, for the planned needs, as the district. Lines whose school already has a request open with that offering are skipped.")
    String plan_requests_about();

    @Message("Start")
    String plan_start();

    @Message("End")
    String plan_end();

    @Message("Message to each partner")
    String plan_message();

    @Message("Send the requests")
    String plan_send();

    @Message("Back to the district overview")
    String back();

    @Message("Partnerships in the {year} school year")
    String report_title(Object year);

    @Message("Every partnership that changed in the school year ({from} to {to}) or was already under way when it began, counted by where it stood at the year's end. Students served are as the partners and schools recorded them; fewer than {below} students are shown as \"fewer than {below}\" so no child can be recognised. Read from each partnership's history, so a past year reads the same again.")
    String report_lead(String from, String to, Integer below);

    @Message("School year")
    String report_school_year();

    @Message("Show")
    String report_show();

    @Message("Download as CSV")
    String report_csv();

    @Message("The district")
    String report_district();

    @Message("{partnerships} partnerships: {completed} completed, {active} active, {accepted} accepted and waiting to start, {requested} waiting for an answer; {declined} declined, {cancelled} cancelled, {expired} expired unanswered.")
    String report_counts(int partnerships, int completed, int active, int accepted, int requested, int declined, int cancelled, int expired);

    @Message("Students served:")
    String report_students();

    @Message("fewer than {count}")
    String report_fewer_than(Integer count);

    @Message("Outcomes: {met} met, {notMet} not met, {notReported} not reported yet.")
    String report_outcomes(int met, int notMet, int notReported);

    @Message("By the schools' equity")
    String report_by_equity();

    @Message("By school")
    String report_by_school();

    @Message("School")
    String report_col_school();

    @Message("By partner organization")
    String report_by_organization();

    @Message("Organization")
    String report_col_organization();

    @Message("By need")
    String report_by_need();

    @Message("Need category")
    String report_col_category();

    @Message("None this year.")
    String report_none();

    @Message("Partnerships")
    String report_partnerships();

    @Message("Completed")
    String report_completed();

    @Message("Active")
    String report_active();

    @Message("Not started or answered")
    String report_not_started();

    @Message("Declined, cancelled or expired")
    String report_ended();

    @Message("Outcomes met")
    String report_outcomes_met();

    @Message("Not met")
    String report_not_met();

    @Message("Not reported")
    String report_not_reported();

    @Message("Regions")
    String regions_title();

    @Message("Region {name} added.")
    String region_added(Object name);

    @Message("Region {name} saved.")
    String region_saved(Object name);

    @Message("Region {name} deleted.")
    String region_deleted(Object name);

    @Message("The district's regions")
    String regions_heading();

    @Message("Schools and organizations pick their region and the regions they serve from this list; a school given no region takes the region that lists its ZIP code. An organization serving a region is matched with the schools in it.")
    String regions_explain();

    @Message("No regions yet. Add the district's first region below.")
    String regions_none();

    @Message("ZIP codes")
    String regions_col_zips();

    @Message("Actions")
    String regions_actions();

    @Message("Edit")
    String regions_edit();

    @Message("Add a region")
    String regions_add_title();

    @Message("Name")
    String regions_name();

    @Message("As people in the district say it, e.g. Southeast.")
    String regions_name_hint();

    @Message("Optional. Five-digit ZIP codes, separated by commas, spaces or new lines. A ZIP code belongs to one region.")
    String regions_zips_hint_optional();

    @Message("Add the region")
    String regions_add();

    @Message("Region {name}")
    String region_title(Object name);

    @Message("Edit {name}")
    String region_edit_title(String name);

    @Message("Renaming moves every school and organization using the region to the new name.")
    String region_rename_hint();

    @Message("Five-digit ZIP codes, separated by commas, spaces or new lines.")
    String region_zips_hint();

    @Message("Save")
    String region_save();

    @Message("Delete {name}")
    String region_delete_title(String name);

    @Message("Only a region no school or organization uses can be deleted.")
    String region_delete_explain();

    @Message("Delete the region")
    String region_delete();

    @Message("Outbox")
    String outbox_title();

    @Message("E-mails are sent over the configured mail server; this page shows every e-mail queued and whether it went out.")
    String outbox_sends();

    @Message("No mail server is configured, so e-mails are not sent: they are kept here, as they would have been sent. Set QUARKUS_MAILER_HOST (see docs/notifications.md) to send them.")
    String outbox_keeps();

    @Message("{count} e-mails, newest first.")
    String outbox_count(long count);

    @Message("No e-mails yet.")
    String outbox_none();

    @Message("To {recipient} · {time} ·")
    String outbox_to(String recipient, String time);

    @Message("sent {time}")
    String outbox_sent(String time);

    @Message("kept (not sent)")
    String outbox_kept();

    @Message("given up after {count} attempts")
    String outbox_failed(int count);

    @Message("waiting to be sent")
    String outbox_waiting();

    @Message(", {count} attempts so far; next {time}")
    String outbox_attempts(int count, String time);

    @Message("Read the e-mail")
    String outbox_read();

    @Message("Older e-mails")
    String outbox_older();

    @Message("Newer e-mails")
    String outbox_newer();

    @Message("Onboarding items of {name}")
    String onboarding_of(String name);

    @Message("expired on {day}")
    String onboarding_expired(String day);

    @Message("on file, valid until {day}")
    String onboarding_valid(String day);

    @Message("not on file")
    String onboarding_missing();

    @Message("The numbers explained")
    String numbers_title();

    @Message("The few numbers PartnerMatch shows, each in one sentence, and how it is computed.")
    String numbers_lead();

    @Message("Fit (0 to 100)")
    String numbers_fit_h();

    @Message("How well one offering suits one need: 100 is a perfect fit on every point that matters.")
    String numbers_fit_1();

    @Message("Only offerings that pass the firm rules are scored at all: the right category, grades, service area, room left, an approved organization, and no recent decline of this need. The fit is then a weighted mean of twelve factors, each scored 0 to 1: category (weight 3), the need's own words found in the offering (2), languages (2), times (1.5), cultural fit (1.5), grades (1), distance (1), cost (1), room left (1), the need's priority (1), ratings from schools (0.5) and how quickly and often the organization answers requests (0.5). Each match lists the sentences behind its factors under \"How each factor scored\". A \"good match\" is a fit of 50 or more.")
    String numbers_fit_2();

    @Message("Need index (0 to 100)")
    String numbers_index_h();

    @Message("How much a school's students stand to gain from outside support: higher means higher need.")
    String numbers_index_1();

    @Message("It combines the school's equity figures: 45 % the share of students with free or reduced-price lunch, 30 % the share of English learners (45 % English learners, the district's highest, counts in full), 10 % Title I, and 15 % the district's support tier (1 = most support). Example: 78.5 % free lunch, 32 % English learners, Title I, tier 2 gives 77.9. When some figures are not known yet, the index uses the known ones only; with none known it is 50, the middle, so the school is neither favoured nor pushed down. Matching puts higher-need schools first among similar fits, and partners see schools ranked by fit × (0.6 + 0.4 × need index / 100).")
    String numbers_index_2();

    @Message("Coverage and the equity headline")
    String numbers_coverage_h();

    @Message("The share of open needs that have a partner (an accepted or active partnership), by group of schools.")
    String numbers_coverage_1();

    @Message("Schools with a known need index are ranked and split into four equal groups (quartile 4 = highest need). The district page compares the share of open needs with a partner at the highest-need quarter against the other three quarters together; it only judges when each side has at least {min} open needs, and calls shares within {points} points \"about as well\" — unless one side has no need with a partner and the other has some.")
    String numbers_coverage_2(int min, int points);

    @Message("Equity-weighted value")
    String numbers_value_h();

    @Message("How much good an allocation plan does, counting a student at a higher-need school for more.")
    String numbers_value_1();

    @Message("Each student served counts as fit (0 to 1) × w, where w = 0.5 + need index / 100: from 0.5 at the lowest need to 1.5 at the highest. Within a school, students beyond the first and second third of its open places count a little less (0.1 × w and 0.2 × w less), so one school does not take everything. The plan is the one with the highest total, found exactly; the page compares it with a simple first-come plan.")
    String numbers_value_2();

    @Message("Ratings")
    String numbers_rating_h();

    @Message("Schools rate a partnership from 1 (poor) to 5 (excellent) once it is active or completed.")
    String numbers_rating_1();

    @Message("An organization's rating in matching is smoothed: its ratings plus five ratings of 3.5, averaged, so a new organization with one rating is neither top nor bottom.")
    String numbers_rating_2();

    @Message("Last confirmed")
    String numbers_listings_h();

    @Message("The day an organization last said a listing (its profile, or one offering) is still right: by confirming it or by editing it.")
    String numbers_listings_1();

    @Message("A listing not confirmed for 180 days is due: its organization gets an e-mail asking to confirm or update it, and up to two reminders two weeks apart. A listing still unconfirmed 30 days after it became due is overdue: it is shown lower in searches and matches, with the reason, and listed for district staff, until it is confirmed. Anyone may report a problem with a listing from its page; the organization and district staff see the report. (These are the defaults; a district sets its own periods.)")
    String numbers_listings_2();
}
