/**
 * Controlled vocabularies shared by schools, needs, organizations, offerings and the matching core.
 *
 * <p>Constants are spelled exactly as they travel in JSON and as the database CHECK constraints list them
 * (lower snake case), so one name serves the wire, the OpenAPI contract and the column without mapping code.
 * Pure Java: no framework imports, so the scoring core may depend on it.
 */
package org.partnermatch.vocabulary;
