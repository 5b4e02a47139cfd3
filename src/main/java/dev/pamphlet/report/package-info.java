/**
 * The governance report ({@code pamphlet report}): every page with its authors, reviewers, review dates and
 * warnings, and the site's trust pages, surveyed from a build's site model and written as HTML and CSV for the
 * people who sign pages off.
 */
package dev.pamphlet.report;
