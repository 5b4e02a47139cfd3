/**
 * The build pipeline. {@code Build.run} lists the stages in order (guard, settings, glossary, parse, place,
 * templates, pages, site-wide outputs, links, publish, remember); each stage is a call into a lower package.
 * {@code PageRenderer} renders one page. What a build remembers between runs is not here but behind
 * {@code dev.pamphlet.memory.BuildMemory}.
 */
package dev.pamphlet.build;
