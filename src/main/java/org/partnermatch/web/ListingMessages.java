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
}
