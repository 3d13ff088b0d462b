/**
 * The shell every module stands in: the clock, the user's language (Chinese by default, English by
 * a remembered switch), the page layout and home page, error pages, and the translation of failures
 * into problem details for the API. It knows no business rules.
 */
package kefu.platform;
