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
    String partner_offering_line(String categories, Object grades);

    @Message("{left} of {capacity} {unit} left")
    String partner_left(Object left, Object capacity, Object unit);

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
    String partner_fit(Object score);

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
}
