package org.partnermatch.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the web pages, in English; translations live in src/main/resources/messages/msg_&lt;tag&gt;.properties
 * (one key per method), and a key a translation lacks shows in English. Templates read them as {@code {msg:key}},
 * page classes through {@link Pages#msg()}. Keys start with the page or part they belong to; the public pages'
 * groups ({@link WebLanguage#PUBLIC_GROUPS}) are the ones every offered language must have (see docs/languages.md).
 */
@MessageBundle(value = "msg", locale = "en")
public interface WebMessages {

    // --- the language switcher
    @Message("Language")
    String lang_switcher();

    @Message("Written in {language}")
    String lang_written_in(String language);

    // --- the layout
    @Message("Skip to main content")
    String layout_skip();

    @Message("Main")
    String layout_nav();

    @Message("Search partners")
    String layout_search();

    @Message("My school")
    String layout_my_school();

    @Message("My organization")
    String layout_my_organization();

    @Message("District overview")
    String layout_district();

    @Message("My account")
    String layout_account();

    @Message("Signed in as {who}")
    String layout_signed_in_as(String who);

    @Message("Sign out")
    String layout_sign_out();

    @Message("Sign in")
    String layout_sign_in();

    @Message("Your sign-in had expired or was not accepted, so you are signed out. Please sign in again.")
    String layout_expired();

    @Message("Your session had ended, so what you last sent was not saved. You are signed in again and back where you were: please check the form and send it again.")
    String layout_resumed();

    @Message("PartnerMatch connects schools with community partners, equity first. No student is ever named here: needs are counts.")
    String layout_footer();

    @Message("The same data is available to the district's tools through the")
    String layout_footer_api();

    @Message("API contract")
    String layout_api_contract();

    @Message("District staff")
    String layout_role_district();

    @Message("School principal")
    String layout_role_principal();

    @Message("Partner organization staff")
    String layout_role_partner();

    @Message("Signed in")
    String layout_role_user();

    // --- the home page
    @Message("Find partners for your students")
    String home_title();

    @Message("PartnerMatch helps principals find community organizations that fit their students' needs, helps partners see where they are needed most, and helps the district make sure the schools with the highest needs are served first.")
    String home_lead();

    @Message("Anyone")
    String home_anyone();

    @Message("Search the directory of approved partners and what they offer, by words, category, language, time and cost.")
    String home_anyone_text();

    @Message("Principals")
    String home_principals();

    @Message("State your students' needs, see ranked partners with the reasons they fit, and send a request.")
    String home_principals_text();

    @Message("Sign in as a principal")
    String home_sign_in_principal();

    @Message("Partner organizations")
    String home_partners();

    @Message("Register your organization and offerings, see schools whose needs you fit, and answer requests.")
    String home_partners_text();

    @Message("Register your organization")
    String home_register();

    @Message("District staff")
    String home_district();

    @Message("Approve new partners, watch coverage and equity, and plan how scarce places are shared across schools.")
    String home_district_text();

    @Message("Sign in as district staff")
    String home_sign_in_district();

    // --- search
    @Message("Search partners")
    String search_title();

    @Message("Partners")
    String search_form();

    @Message("What do your students need?")
    String search_q();

    @Message("for example: math tutoring somali")
    String search_q_example();

    @Message("Serving this school")
    String search_school();

    @Message("Any school")
    String search_any_school();

    @Message("Search")
    String search_button();

    @Message("Narrow down")
    String search_narrow();

    @Message("Filters")
    String search_filters();

    @Message("(some on)")
    String search_filters_on();

    @Message("Category")
    String search_category();

    @Message("Language")
    String search_language();

    @Message("Time")
    String search_time();

    @Message("Cost")
    String search_cost();

    @Message("Clear filters")
    String search_clear();

    @Message("{count} {#if count == 1}offering{#else}offerings{/if} found")
    String search_found(long count);

    @Message("Nothing matches. Try fewer words or clear a filter.")
    String search_nothing();

    @Message("by")
    String search_by();

    @Message("{distance} away")
    String search_away(String distance);

    @Message("Result pages")
    String search_pages();

    @Message("Previous page")
    String search_previous();

    @Message("Page {page} of {pages}")
    String search_page_of(int page, int pages);

    @Message("Next page")
    String search_next();

    @Message("On the map")
    String search_map_title();

    @Message("The partners on this page of results, with the circles where they serve in person.")
    String search_map_hint();

    // --- the words of offerings wherever they are listed
    @Message("Category")
    String common_category();

    @Message("Grades")
    String common_grades();

    @Message("When")
    String common_when();

    @Message("Languages")
    String common_languages();

    @Message("Cost")
    String common_cost();

    @Message("How")
    String common_how();

    @Message("miles")
    String common_miles();

    @Message("mile")
    String common_mile();

    @Message("Serve in person within ({unit})")
    String common_serve_within(String unit);

    // --- an organization's page
    @Message("Only the organization and the district see it until the district approves it.")
    String org_unapproved();

    @Message("Leadership (self-declared)")
    String org_leadership();

    @Message("Communities served")
    String org_communities();

    @Message("Staff speak")
    String org_staff_speak();

    @Message("Serves in person within")
    String org_radius();

    @Message("Also serves regions")
    String org_regions();

    @Message("Address")
    String org_address();

    @Message("Location on the map")
    String org_location();

    @Message("exact")
    String org_location_exact();

    @Message("Profile last confirmed")
    String org_last_confirmed();

    @Message("Website")
    String org_website();

    @Message("Contact")
    String org_contact();

    @Message("to see how to reach them.")
    String org_sign_in_to_see();

    @Message("Where they are")
    String org_map_title();

    @Message("Their location, and the circle where they serve in person.")
    String org_map_hint();

    @Message("What they offer")
    String org_offers();

    @Message("No active offerings right now.")
    String org_no_offerings();

    @Message("Room left")
    String org_room_left();

    @Message("{left} of {capacity} {unit}")
    String org_room_of(int left, int capacity, org.partnermatch.vocabulary.CapacityUnit unit);

    @Message("Last confirmed")
    String org_offering_confirmed();

    @Message("Your school already has a request open with this offering:")
    String org_request_open();

    @Message("see your request")
    String org_see_request();

    @Message("Ask them for help with a need")
    String org_ask();

    @Message("approximate (ZIP code centre)")
    String org_precision_zip();

    @Message("not known yet (add an address with a ZIP code)")
    String org_precision_unknown();

    // --- maps
    @Message("{#if count == 1}1 place is not on the map: nobody has given its location yet.{#else}{count} places are not on the map: nobody has given their location yet.{/if}")
    String map_unplaced(int count);

    @Message("Partner organization (circle: where it serves in person)")
    String map_partner();

    @Message("School")
    String map_school();

    @Message("Every open need has a partner")
    String map_covered();

    @Message("Some open needs have a partner")
    String map_partial();

    @Message("No open need has a partner yet")
    String map_uncovered();

    @Message("No open needs")
    String map_none();

    // --- error pages
    @Message("Sign in")
    String error_sign_in();

    @Message("Back to the start page")
    String error_home();

    @Message("Please sign in")
    String error_sign_in_title();

    @Message("This page is for signed-in users. Sign in with your role, then come back.")
    String error_sign_in_text();

    @Message("Not for your role")
    String error_forbidden_title();

    @Message("Your role does not allow this page. Sign in with another role if you have one.")
    String error_forbidden_text();

    @Message("Form expired")
    String error_form_expired_title();

    @Message("The form had expired or did not come from this site, so nothing was changed. Go back, reload the page and try again.")
    String error_form_expired_text();

    // --- forms (tags) and their plain-language problems
    @Message("Please check the form")
    String form_check();

    @Message("(required)")
    String form_required();

    @Message("please fill this in")
    String form_fill_in();

    @Message("please choose or fill in at least one")
    String form_at_least_one();

    @Message("must be an e-mail address, like name@example.org")
    String form_email();

    @Message("please tick this")
    String form_tick();

    @Message("must be at least {min}")
    String form_min(String min);

    @Message("must be at most {max}")
    String form_max(String max);

    @Message("is too long: at most {max}")
    String form_too_long(String max);

    @Message("must have between {min} and {max}")
    String form_between(String min, String max);

    @Message("{field}: {problem}")
    String form_field_problem(String field, String problem);

    @Message("must be a whole number")
    String form_whole_number();

    @Message("must be a number")
    String form_number();

    @Message("must be more than 0")
    String form_more_than_zero();

    @Message("must be a date like 2027-02-01")
    String form_date();

    @Message("is not a valid choice")
    String form_not_valid_choice();

    @Message("is not one of the choices")
    String form_not_a_choice();

    @Message("holds a value that is not one of the choices")
    String form_not_choices();

    @Message("We do not know the {#if count == 1}language{#else}languages{/if} {names}. Write each language's name, in English or in the language itself (Somali or Soomaali), separated by commas.")
    String form_unknown_languages(int count, String names);

    @Message("We do not know the state \"{state}\". Write its name (Washington) or its two-letter code (WA).")
    String form_unknown_state(String state);

    // --- field names in form problems (PlainWords)
    @Message("Lowest grade")
    String field_gradeLow();

    @Message("Highest grade")
    String field_gradeHigh();

    @Message("ZIP code")
    String field_postalCode();

    @Message("State")
    String field_state();

    @Message("City")
    String field_city();

    @Message("Street")
    String field_street();

    @Message("E-mail")
    String field_email();

    @Message("Phone")
    String field_phone();

    @Message("Contact person")
    String field_contact();

    @Message("Lowest fit")
    String field_minScore();

    @Message("Serve in person within")
    String field_serviceRadius();

    @Message("Needs")
    String field_needIds();

    @Message("Languages your staff speak")
    String field_staffLanguages();

    @Message("ZIP codes")
    String field_zipCodes();

    @Message("Title")
    String field_title();

    @Message("Category")
    String field_category();

    @Message("Description")
    String field_description();

    @Message("How many students")
    String field_studentsAffected();

    @Message("Priority")
    String field_priority();

    @Message("When help is needed")
    String field_timings();

    @Message("Languages")
    String field_languages();

    @Message("Status")
    String field_status();

    @Message("Students to serve")
    String field_studentsToServe();

    @Message("Start")
    String field_startDate();

    @Message("End")
    String field_endDate();

    @Message("Message")
    String field_message();

    @Message("Name")
    String field_name();

    @Message("Website")
    String field_website();

    @Message("What is wrong")
    String field_kind();

    @Message("Result")
    String field_result();

    @Message("Outcome {row}")
    String field_outcome(String row);

    @Message("Target of outcome {row}")
    String field_outcome_target(String row);

    @Message("Unit of outcome {row}")
    String field_outcome_unit(String row);

    // --- codes in plain words (Choices)
    @Message("Before school")
    String label_before_school();

    @Message("During school")
    String label_during_school();

    @Message("After school")
    String label_after_school();

    @Message("Evening")
    String label_evening();

    @Message("Weekend")
    String label_weekend();

    @Message("Summer")
    String label_summer();

    @Message("In person")
    String label_in_person();

    @Message("Virtual")
    String label_virtual();

    @Message("Hybrid")
    String label_hybrid();

    @Message("Free")
    String label_free();

    @Message("Sliding scale")
    String label_sliding_scale();

    @Message("Fee")
    String label_fee();

    @Message("BIPOC-led")
    String label_bipoc_led();

    @Message("Black-led")
    String label_black_led();

    @Message("Immigrant- or refugee-led")
    String label_immigrant_refugee_led();

    @Message("Latinx-led")
    String label_latinx_led();

    @Message("Native-led")
    String label_native_led();

    @Message("Asian/Pacific Islander-led")
    String label_asian_pacific_islander_led();

    @Message("LGBTQ-led")
    String label_lgbtq_led();

    @Message("Women-led")
    String label_women_led();

    @Message("Youth-led")
    String label_youth_led();

    @Message("Waiting for district approval")
    String label_pending();

    @Message("Approved by the district")
    String label_approved();

    @Message("Suspended by the district")
    String label_suspended();

    // --- states, priorities and match factors in plain words (signed-in pages)
    @Message("Waiting for the partner's answer")
    String status_requested();

    @Message("Accepted by the partner")
    String status_accepted();

    @Message("Declined by the partner")
    String status_declined();

    @Message("Under way")
    String status_active();

    @Message("Completed")
    String status_completed();

    @Message("Cancelled")
    String status_cancelled();

    @Message("Expired without an answer")
    String status_expired();

    @Message("Open")
    String status_open();

    @Message("Met")
    String status_met();

    @Message("Closed")
    String status_closed();

    @Message("Low")
    String priority_low();

    @Message("Medium")
    String priority_medium();

    @Message("High")
    String priority_high();

    @Message("Urgent")
    String priority_urgent();

    @Message("Languages")
    String factor_languages();

    @Message("Grades")
    String factor_grades();

    @Message("Timing")
    String factor_timing();

    @Message("Distance")
    String factor_distance();

    @Message("Room left")
    String factor_capacity();

    @Message("Cost")
    String factor_cost();

    @Message("Category fit")
    String factor_category();

    @Message("Equity")
    String factor_equity();

    @Message("Track record")
    String factor_track_record();

    @Message("Cultural fit")
    String factor_cultural_fit();

    @Message("Words in common")
    String factor_text();

    @Message("Priority")
    String factor_priority();

    @Message("Answers requests")
    String factor_responsiveness();

    // --- sign-in, a school and its needs (principals)
    @Message("Sign in with your district account")
    String signin_provider();

    @Message("Use the same account you use for the district's other services. New here? Ask the person who invited you for your invitation link, or sign in and register your organization.")
    String signin_provider_text();

    @Message("Sign in")
    String signin_button();

    @Message("Choose a demo role")
    String signin_demo();

    @Message("This service runs with its demo directory, so you can try each role without an account.")
    String signin_demo_text();

    @Message("I am…")
    String signin_i_am();

    @Message("District staff")
    String signin_as_district();

    @Message("The principal of a school")
    String signin_as_principal();

    @Message("Staff of a partner organization")
    String signin_as_partner();

    @Message("School (for a principal)")
    String signin_demo_school();

    @Message("Organization (for partner staff)")
    String signin_demo_organization();

    @Message("A new organization, not registered yet")
    String signin_demo_new();

    @Message("Sign in with this demo role")
    String signin_demo_button();

    @Message("Sign in with a token")
    String signin_token();

    @Message("Paste the sign-in token your district's sign-in service gave you. It stays in this browser only, in a cookie that scripts cannot read, until you sign out or it expires.")
    String signin_token_text();

    @Message("Token")
    String signin_token_field();

    @Message("Sign in")
    String signin_token_button();

    @Message("Sign in")
    String signin_title();

    @Message("Short title")
    String need_f_title();

    @Message("For example: Math tutoring after school for grades 6-8")
    String need_f_title_hint();

    @Message("Category")
    String need_f_category();

    @Message("Choose a category")
    String need_f_choose_category();

    @Message("Description")
    String need_f_description();

    @Message("From grade")
    String need_f_grade_low();

    @Message("To grade")
    String need_f_grade_high();

    @Message("How many students")
    String need_f_students();

    @Message("Priority")
    String need_f_priority();

    @Message("When help is needed (none: any time)")
    String need_f_timings();

    @Message("Languages students or families speak")
    String need_f_languages();

    @Message("Names separated by commas, in English or in the language itself, for example: Somali, Amharic, español")
    String need_f_languages_hint();

    @Message("You joined {school}.")
    String school_joined(String school);

    @Message("{count} students")
    String school_students(Integer count);

    @Message("need index {index}")
    String school_need_index(double index);

    @Message("(equity figures not known yet)")
    String school_equity_unknown();

    @Message("(from the figures known)")
    String school_equity_partial();

    @Message("The need index (0 to 100) sums up the school's equity figures: free-lunch and English-learner shares, Title I and support tier.")
    String school_need_index_explain();

    @Message("How the need index is computed")
    String school_need_index_how();

    @Message("Location on the map: {precision}. District staff set exact coordinates.")
    String school_location(String precision);

    @Message("People of this school")
    String school_people();

    @Message("(invite colleagues)")
    String school_invite();

    @Message("Your students' needs")
    String school_needs();

    @Message("No needs stated yet. Add one below.")
    String school_no_needs();

    @Message("Needs of {school} (scrolls sideways on small screens)")
    String school_needs_region(String school);

    @Message("Needs of {school}")
    String school_needs_caption(String school);

    @Message("Need")
    String school_col_need();

    @Message("Students")
    String school_col_students();

    @Message("Priority")
    String school_col_priority();

    @Message("Status")
    String school_col_status();

    @Message("Your partnership requests")
    String school_requests();

    @Message("None yet. Open a need to see ranked partners and send a request.")
    String school_no_requests();

    @Message("by")
    String school_request_by();

    @Message("State a new need")
    String school_new_need();

    @Message("Describe the need in numbers only; never name a student.")
    String school_new_need_text();

    @Message("Save this need")
    String school_save_need();

    @Message("Need stated for {school}. Partners whose offerings fit see it among their opportunities, and the matches below are ranked for it.")
    String need_stated(String school);

    @Message("Changes to the need are saved; its matches are ranked again.")
    String need_saved();

    @Message("grades {grades}")
    String need_grades(String grades);

    @Message("{priority} priority")
    String need_priority(String priority);

    @Message("Partners ranked for this need")
    String need_matches();

    @Message("No approved partner fits this need yet (category, grades, service area and room left are all required).")
    String need_no_matches();

    @Message("\"Fit\" is how well an offering suits this need, from 0 to 100: a weighted mean of twelve factors, listed under each match.")
    String need_fit_explain();

    @Message("How fit is computed")
    String need_fit_how();

    @Message("fit {score} of 100")
    String need_fit(double score);

    @Message("Why")
    String need_why();

    @Message("How each factor scored")
    String need_factors();

    @Message("Send {organization} a request")
    String need_send_to(String organization);

    @Message("Students to serve")
    String need_r_students();

    @Message("Start")
    String need_r_start();

    @Message("End")
    String need_r_end();

    @Message("Message to the partner")
    String need_r_message();

    @Message("Send request")
    String need_r_send();

    @Message("Left out for now")
    String need_left_out();

    @Message("Edit this need")
    String need_edit();

    @Message("Status")
    String need_f_status();

    @Message("Mark it met or closed when it no longer needs a partner.")
    String need_f_status_hint();

    @Message("Save changes")
    String need_save();

    @Message("This need is {status}: only open needs are matched.")
    String need_not_open(String status);

    // --- description translations on the organization and offering forms
    @Message("Your description in other languages")
    String translations_title();

    @Message("Optional. People who read these pages in one of these languages see your description in it. Write it yourself or with someone who speaks the language well; leave a box empty to show the description above.")
    String translations_hint();

    @Message("Register your organization")
    String partner_register_title();

    @Message("Edit {name}")
    String partner_edit_title(String name);

    @Message("Add an offering")
    String partner_add_offering_title();

}
