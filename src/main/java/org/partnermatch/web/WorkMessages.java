package org.partnermatch.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the pages people use at work — a partner's pages and forms, partnerships, the district's pages,
 * accounts — in English; translations in src/main/resources/messages/work_&lt;tag&gt;.properties. Templates read
 * them as {@code {work:key}}, page classes through {@link Pages#work()}. A second bundle beside {@link WebMessages}
 * because Quarkus 3.34 generates broken code for a bundle of more than 300 messages; keep each under 300.
 */
@MessageBundle(value = "work", locale = "en")
public interface WorkMessages {

    @Message("{name} is registered and waits for the district's approval. We told district staff; you will get an e-mail when they decide. You can add your offerings meanwhile.")
    String partner_registered(String name);

    @Message("The details of {name} are saved.")
    String partner_saved(String name);

    @Message("Offering added to {name}.")
    String partner_offering_added(String name);

    @Message("Offering saved.")
    String partner_offering_saved();

    @Message("You joined {name}.")
    String partner_joined(String name);

    @Message("The district checks agreements, insurance and background checks before schools can find you or send you requests. You can add your offerings meanwhile.")
    String partner_pending();

    @Message("Schools cannot find you or send you requests until the district lifts the suspension.")
    String partner_suspended();

    @Message("Schools can find you and send you requests.")
    String partner_approved();

    @Message("Edit the organization's profile")
    String partner_edit_profile();

    @Message("People")
    String partner_people();

    @Message("See your public page")
    String partner_public_page();

    @Message("Requests waiting for your answer")
    String partner_waiting();

    @Message("No requests are waiting.")
    String partner_none_waiting();

    @Message("{school} asks for {offering}")
    String partner_asks(String school, String offering);

    @Message("{from} to {to}")
    String partner_from_to(String from, String to);

    @Message("Your offerings")
    String partner_offerings();

    @Message("No offerings yet: schools are matched to offerings, so add at least one.")
    String partner_no_offerings();

    @Message("{categories}, grades {grades}")
    String partner_offering_line(String categories, String grades);

    @Message("{left} of {capacity} {unit} left")
    String partner_left(int left, int capacity, org.partnermatch.vocabulary.CapacityUnit unit);

    @Message("(not offered now)")
    String partner_not_offered();

    @Message("Add an offering")
    String partner_add_offering();

    @Message("Schools you could help, highest need first")
    String partner_opportunities();

    @Message("No open need fits your offerings yet.")
    String partner_no_opportunities();

    @Message("(Only approved organizations are matched.)")
    String partner_only_approved();

    @Message("\"Need index\" (0 to 100) is how much a school's students stand to gain from support, from its equity figures; \"fit\" (0 to 100) is how well your offering suits the need.")
    String partner_explain();

    @Message("fit {score}")
    String partner_fit(double score);

    @Message("Other partnerships")
    String partner_history();

    @Message("None yet.")
    String partner_none_yet();

    @Message("Back to your organization")
    String orgform_back();

    @Message("Tell schools who you are. A new organization waits for the district's approval before schools can find it.")
    String orgform_lead();

    @Message("Name")
    String orgform_name();

    @Message("What you do")
    String orgform_description();

    @Message("Website")
    String orgform_website();

    @Message("As you would type it, for example www.example.org")
    String orgform_website_hint();

    @Message("Contact for schools")
    String orgform_contact();

    @Message("Name")
    String orgform_contact_name();

    @Message("E-mail")
    String orgform_email();

    @Message("Phone")
    String orgform_phone();

    @Message("Where you are")
    String orgform_where();

    @Message("Street")
    String orgform_street();

    @Message("City")
    String orgform_city();

    @Message("State")
    String orgform_state();

    @Message("Its name or its two letters, like Washington or WA")
    String orgform_state_hint();

    @Message("ZIP code")
    String orgform_zip();

    @Message("From your address; leave empty to serve by region only")
    String orgform_radius_hint();

    @Message("Exact location (optional)")
    String orgform_exact();

    @Message("Without it we use the centre of your ZIP code, which is usually close enough.")
    String orgform_exact_hint();

    @Message("Latitude")
    String orgform_latitude();

    @Message("Longitude")
    String orgform_longitude();

    @Message("Or click the map where you are: the two fields follow.")
    String orgform_picker();

    @Message("Also serve these regions")
    String orgform_regions();

    @Message("Regions the district has defined")
    String orgform_regions_hint();

    @Message("Languages your staff speak")
    String orgform_languages();

    @Message("Names separated by commas, in English or in the language itself, for example: Somali, Amharic, English")
    String orgform_languages_hint();

    @Message("Communities you serve")
    String orgform_communities();

    @Message("In your own words, separated by commas")
    String orgform_communities_hint();

    @Message("Leadership (self-declared, optional)")
    String orgform_leadership();

    @Message("Register")
    String orgform_register();

    @Message("Back to {name}")
    String offform_back(String name);

    @Message("Name")
    String offform_name();

    @Message("Description")
    String offform_description();

    @Message("Categories")
    String offform_categories();

    @Message("Choose one or more (hold Ctrl or Cmd for several), most specific first.")
    String offform_categories_hint();

    @Message("When it runs (none: flexible)")
    String offform_timings();

    @Message("Languages it is offered in")
    String offform_languages();

    @Message("Places this term")
    String offform_capacity();

    @Message("Offered now")
    String offform_active();

    @Message("Add the offering")
    String offform_add();

    // --- a partnership and a new request
    @Message("room left: {left} {unit}")
    String request_room_left(int left, org.partnermatch.vocabulary.CapacityUnit unit);

    @Message("Which of your open needs is this for?")
    String request_which();

    @Message("Your school has no open needs.")
    String request_no_needs();

    @Message("State a need first.")
    String request_state_first();

    @Message("{title} ({students} students, grades {grades})")
    String request_need_line(String title, int students, String grades);

    @Message("Ask {offering} for help")
    String request_title(String offering);

    @Message("Request sent to {partner} — they have {days} days to answer (until {until}); we will e-mail you their answer.")
    String ps_sent(String partner, long days, String until);

    @Message("You accepted the request of {school}. We e-mailed {school} your answer; mark the partnership started when the work begins.")
    String ps_accepted(String school);

    @Message("You declined the request of {school}. We e-mailed {school} your answer and your reason.")
    String ps_declined(String school);

    @Message("You approved this partnership for {school}; either side can now mark it started.")
    String ps_approved(String school);

    @Message("The planned outcomes are saved. Record results here as the partnership runs.")
    String ps_outcomes_saved();

    @Message("What happened is recorded. Counts only: no student is named anywhere.")
    String ps_actuals_saved();

    @Message("The partnership is marked started. We let the other side know by e-mail.")
    String ps_started();

    @Message("The partnership is marked completed. We let the other side know by e-mail; you can leave feedback below.")
    String ps_completed();

    @Message("Thank you: your rating is saved.")
    String ps_feedback_saved();

    @Message("The partnership is cancelled. We e-mailed the other side with your reason.")
    String ps_cancelled();

    @Message("the request expires on {day} if nobody answers.")
    String ps_expires(String day);

    @Message("School")
    String ps_school();

    @Message("Partner")
    String ps_partner();

    @Message("Offering")
    String ps_offering();

    @Message("For the needs")
    String ps_needs();

    @Message("Students")
    String ps_students();

    @Message("Dates")
    String ps_dates();

    @Message("Message")
    String ps_message();

    @Message("Why declined")
    String ps_why_declined();

    @Message("Why cancelled")
    String ps_why_cancelled();

    @Message("Principal's approval")
    String ps_approval();

    @Message("Approved on {day}")
    String ps_approved_on(String day);

    @Message("Not yet: the partnership starts once the school's principal approves it")
    String ps_not_approved();

    @Message("Your contact at {school}")
    String ps_contact(String school);

    @Message("Shown to you because you accepted this request; write to them to plan the start.")
    String ps_contact_hint();

    @Message("What you can do")
    String ps_actions();

    @Message("Accept the request")
    String ps_accept();

    @Message("Reason for declining")
    String ps_decline_reason();

    @Message("Decline")
    String ps_decline();

    @Message("Approve this partnership")
    String ps_approve();

    @Message("Mark as started")
    String ps_start();

    @Message("Mark as completed")
    String ps_complete();

    @Message("Reason for cancelling")
    String ps_cancel_reason();

    @Message("Cancel the partnership")
    String ps_cancel();

    @Message("Nothing more to do: this partnership is closed.")
    String ps_closed();

    @Message("Outcomes")
    String ps_outcomes();

    @Message("No outcomes agreed yet. Both sides agree a few measurable outcomes before the work starts, such as \"students attending at least 10 sessions: 30\".")
    String ps_no_outcomes();

    @Message("Outcome")
    String ps_col_outcome();

    @Message("Target")
    String ps_col_target();

    @Message("Result")
    String ps_col_result();

    @Message("Met")
    String ps_col_met();

    @Message("not recorded")
    String ps_not_recorded();

    @Message("Met")
    String ps_met();

    @Message("Not met")
    String ps_not_met();

    @Message("Students served")
    String ps_students_served();

    @Message("Sessions held")
    String ps_sessions_held();

    @Message("Agree the outcomes")
    String ps_agree();

    @Message("Up to three, each with a number to reach. Saving replaces the list.")
    String ps_agree_hint();

    @Message("Target")
    String ps_target();

    @Message("Counted in")
    String ps_counted_in();

    @Message("students, families, sessions…")
    String ps_counted_in_hint();

    @Message("Save the outcomes")
    String ps_save_outcomes();

    @Message("Record what happened")
    String ps_record();

    @Message("Counts only — never a student's name.")
    String ps_counts_only();

    @Message("Students served so far")
    String ps_served_so_far();

    @Message("Sessions held so far")
    String ps_sessions_so_far();

    @Message("Save")
    String ps_save();

    @Message("Ratings and feedback")
    String ps_ratings();

    @Message("The school rated the partner")
    String ps_school_rated();

    @Message("The partner rated the school")
    String ps_partner_rated();

    @Message("{rating} of 5")
    String ps_of_five(int rating);

    @Message("Your rating of {name}")
    String ps_your_rating(String name);

    @Message("(poor)")
    String ps_poor();

    @Message("(excellent)")
    String ps_excellent();

    @Message("What went well, what could be better")
    String ps_comment();

    @Message("Save my rating")
    String ps_save_rating();

    @Message("History")
    String ps_history();

    @Message("(by {role})")
    String ps_by(String role);

    @Message("Request waiting for your answer")
    String ps_title_waiting();

    @Message("Request sent")
    String ps_title_sent();

    @Message("Request accepted")
    String ps_title_accepted();

    @Message("Request declined")
    String ps_title_declined();

    @Message("Partnership active")
    String ps_title_active();

    @Message("Partnership completed")
    String ps_title_completed();

    @Message("Partnership cancelled")
    String ps_title_cancelled();

    @Message("Request expired")
    String ps_title_expired();

    @Message("Write why you decline: the school reads it with your answer.")
    String ps_why_decline();

    @Message("Write why you cancel: the other side reads it with the news.")
    String ps_why_cancel();

    @Message("Choose a rating from 1 (poor) to 5 (excellent).")
    String ps_choose_rating();

    @Message("Outcome {n}")
    String ps_outcome_n(int n);

    // --- accounts, invitations and e-mail settings
    @Message("You left: that membership has ended.")
    String acc_left();

    @Message("You")
    String acc_you();

    @Message("Your sign-in service has not verified an e-mail address for you yet.")
    String acc_no_email();

    @Message("Where you are a member")
    String acc_places();

    @Message("You are not a member of a school, an organization or the district yet. If someone invited you, open the link in their invitation. If you work for a community organization that is not registered yet, you can")
    String acc_none();

    @Message("register your organization")
    String acc_register_link();

    @Message(": it waits for the district's approval, and you become its owner.")
    String acc_none_end();

    @Message("district staff")
    String acc_role_district();

    @Message("principal")
    String acc_role_principal();

    @Message("school staff")
    String acc_role_staff();

    @Message("owner")
    String acc_role_owner();

    @Message("member")
    String acc_role_member();

    @Message("Overview")
    String acc_overview();

    @Message("School page")
    String acc_school_page();

    @Message("Organization page")
    String acc_org_page();

    @Message("Leave")
    String acc_leave();

    @Message("Register another organization")
    String acc_register_another();

    @Message("E-mail")
    String acc_mail();

    @Message("Choose which e-mails you get")
    String acc_choose_mail();

    @Message(": requests, answers, reminders, vetting, onboarding and a weekly digest.")
    String acc_choose_mail_end();

    @Message("My account")
    String acc_title();

    @Message("You are invited to join {place} on PartnerMatch as")
    String inv_invited(String place);

    @Message("its principal")
    String inv_its_principal();

    @Message("an owner")
    String inv_an_owner();

    @Message("a member")
    String inv_a_member();

    @Message("The invitation is for one e-mail address and works until {until}.")
    String inv_until(String until);

    @Message("Accept the invitation")
    String inv_accept();

    @Message("Sign in to accept")
    String inv_sign_in();

    @Message("This invitation is {state}. Ask whoever invited you to send a new one.")
    String inv_state(String state);

    @Message("You are invited")
    String inv_title();

    @Message("Your e-mail settings are saved.")
    String mail_saved();

    @Message("Which e-mails you get")
    String mail_which();

    @Message("E-mails go to")
    String mail_go_to();

    @Message(", the address your sign-in service verified. Every e-mail also has a link at the bottom that stops that kind at once, without signing in.")
    String mail_go_to_end();

    @Message("Send me an e-mail when")
    String mail_send_when();

    @Message("Save e-mail settings")
    String mail_save();

    @Message("E-mail settings")
    String mail_title();

    @Message("Done: {address} no longer gets these e-mails — {kind}. Other kinds of e-mail are not affected.")
    String unsub_done(String address, String kind);

    @Message("Changed your mind? Sign in and open")
    String unsub_changed();

    @Message("your e-mail settings")
    String unsub_settings();

    @Message("to switch it on again.")
    String unsub_again();

    @Message("Stop e-mails to {address}")
    String unsub_stop_to(String address);

    @Message("Kind of e-mail:")
    String unsub_kind();

    @Message("This kind is already switched off.")
    String unsub_already_off();

    @Message("Stop these e-mails")
    String unsub_button();

    @Message("Other kinds of e-mail are not affected. Signed-in people can change every kind on")
    String unsub_others();

    @Message("their e-mail settings")
    String unsub_their_settings();

    @Message("E-mails stopped")
    String unsub_stopped_title();

    // --- members and invitations
    @Message("The membership has ended.")
    String mem_ended();

    @Message("Invitation revoked: its link no longer works.")
    String mem_revoked();

    @Message("Invitation ready for {email}")
    String mem_ready(String email);

    @Message("We e-mailed this link to {email}; you can also pass it on yourself. It works once, for that e-mail address only, until {until}. They sign in with the district's sign-in service and accept it.")
    String mem_ready_text(String email, String until);

    @Message("Invitation link")
    String mem_link();

    @Message("Members")
    String mem_members();

    @Message("Nobody yet.")
    String mem_nobody();

    @Message("Person")
    String mem_person();

    @Message("Role")
    String mem_role();

    @Message("Since")
    String mem_since();

    @Message("Actions")
    String mem_actions();

    @Message("Remove")
    String mem_remove();

    @Message("Invitations waiting")
    String mem_pending();

    @Message("None.")
    String mem_none();

    @Message("until {until}")
    String mem_until(String until);

    @Message("Revoke")
    String mem_revoke();

    @Message("Invite a school's principal or staff")
    String mem_invite_school();

    @Message("School")
    String mem_school();

    @Message("Choose the school")
    String mem_choose_school();

    @Message("Their e-mail address")
    String mem_email();

    @Message("The address they sign in with. Only that address can accept.")
    String mem_email_hint();

    @Message("Create invitation link")
    String mem_create();

    @Message("Invite district staff")
    String mem_invite_district();

    @Message("Invite someone")
    String mem_invite_someone();

    @Message("District staff")
    String mem_title_district();

    @Message("Principal")
    String mem_role_principal();

    @Message("Staff")
    String mem_role_staff();

    @Message("Owner (may invite and remove colleagues)")
    String mem_role_owner();

    @Message("Member")
    String mem_role_member();

    @Message("People of {place}")
    String mem_title_people(String place);

    // --- merged from main
    @Message("Confirm your listings")
    String partner_confirm_listings();
}
