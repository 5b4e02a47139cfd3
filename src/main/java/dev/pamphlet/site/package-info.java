/**
 * The site as a whole: each article placed at its address and in the guide's order, navigation, and the
 * addresses that must not collide; on a site in several languages, one site per language, its translations
 * published in the language's folder, and where links between them lead.
 */
package dev.pamphlet.site;
