package dev.pamphlet.content;

/**
 * Someone who wrote or reviewed a page or a source.
 *
 * @param name who they are; may be null only for a source's reviewer known by role ("a doctor")
 * @param role what they do, e.g. "General practitioner"; may be null
 */
public record Person(String name, String role) {}
