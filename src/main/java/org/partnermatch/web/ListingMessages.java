package org.partnermatch.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the listings pages (docs/listings.md) in English: the report link and its confirmation on an
 * organization's public page ({@code org_} keys, in every offered language), the report form, and the
 * organization's and the district's listings pages. Translations: messages/listing_&lt;tag&gt;.properties. A bundle of
 * its own, beside {@link WebMessages}: Qute's generated resolver fails to verify past 300 messages in one bundle.
 */
@MessageBundle(value = "listing", locale = "en")
public interface ListingMessages {

    @Message("Thank you. Your report went to the organization and the district's staff.")
    String org_reported();

    @Message("Report a problem with this listing")
    String org_report_listing();

    @Message("Report a problem with {name}")
    String report_title(String name);

    @Message("Is something in this listing wrong? Tell us what: the organization and the district's staff will see it and correct the listing. You do not need to sign in or give your name.")
    String report_intro();

    @Message("Which listing")
    String report_which();

    @Message("The organization itself (its profile)")
    String report_profile();

    @Message("What is wrong")
    String report_what();

    @Message("Choose one")
    String report_choose();

    @Message("What did you find?")
    String report_found();

    @Message("For example: \"The Saturday group moved to Sundays in September.\"")
    String report_found_hint();

    @Message("Your e-mail (optional)")
    String report_email();

    @Message("Only if you would like a reply. Only district staff see it.")
    String report_email_hint();

    @Message("Send the report")
    String report_send();

    @Message("The phone number, e-mail or address is wrong")
    String report_kind_contact();

    @Message("The days or times are wrong")
    String report_kind_times();

    @Message("The languages are wrong")
    String report_kind_languages();

    @Message("It is full, or its number of places is wrong")
    String report_kind_capacity();

    @Message("The description is wrong or out of date")
    String report_kind_description();

    @Message("It has closed or no longer runs")
    String report_kind_closed();

    @Message("Something else")
    String report_kind_other();

    // --- the organization's and the district's listings pages (signed in)

    @Message("Listings of {name}")
    String listings_title(String name);

    @Message("Thank you: confirmed as still correct today.")
    String listings_confirmed();

    @Message("The report is resolved.")
    String listings_resolved();

    @Message("Schools choose partners by what your listings say. Please look at each one at least every {days} days: confirm it when it is still right, or edit it. Listings left unconfirmed for long are shown lower in schools' searches and matches.")
    String listings_intro(long days);

    @Message("Back to {name}")
    String listings_back(String name);

    @Message("Your listings")
    String listings_yours();

    @Message("Organization profile")
    String listings_profile();

    @Message("Last confirmed {day}")
    String listings_last_confirmed(String day);

    @Message("due for confirmation")
    String listings_due();

    @Message("Still correct")
    String listings_still_correct();

    @Message("Edit the profile")
    String listings_edit_profile();

    @Message("Edit")
    String listings_edit();

    @Message("Problems people reported")
    String listings_problems();

    @Message("No open reports.")
    String listings_no_problems();

    @Message("reported {day}")
    String listings_reported_on(String day);

    @Message("anonymously")
    String listings_anonymously();

    @Message("reply to")
    String listings_reply_to();

    @Message("How it ended")
    String listings_how_ended();

    @Message("Note (optional)")
    String listings_note();

    @Message("Resolve")
    String listings_resolve();

    @Message("Fixed: the listing was corrected")
    String listings_resolution_fixed();

    @Message("Checked: the listing was right")
    String listings_resolution_no_change();

    @Message("Dismissed: not a real problem (spam, a duplicate)")
    String listings_resolution_dismissed();

    @Message("Listings to keep current")
    String district_listings_title();

    @Message("Organizations are asked by e-mail to confirm listings they have not confirmed for a while, and reminded. Listings still unconfirmed after the grace period are overdue: they are shown lower in searches and matches until their organization confirms them.")
    String district_listings_intro();

    @Message("How this works")
    String district_listings_how();

    @Message("Reported problems ({count})")
    String district_listings_problems(int count);

    @Message("Overdue listings ({count})")
    String district_listings_overdue(int count);

    @Message("None: every organization answered in time.")
    String district_listings_none_overdue();

    @Message("Due for confirmation ({count})")
    String district_listings_stale(int count);

    @Message("None.")
    String district_listings_none();

    @Message("Organization")
    String district_listings_organization();

    @Message("Profile last confirmed")
    String district_listings_profile_confirmed();

    @Message("Offerings due")
    String district_listings_offerings_due();

    @Message("none (the profile only)")
    String district_listings_profile_only();
}
