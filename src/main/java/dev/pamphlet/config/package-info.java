/**
 * The site settings, {@code site.yml}: loaded and checked into one {@code SiteConfig} record.
 */
package dev.pamphlet.config;
