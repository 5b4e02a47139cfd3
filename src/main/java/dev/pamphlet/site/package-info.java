/**
 * The site as a whole: each article placed at its address and in the guide's order, navigation, and the
 * addresses that must not collide.
 */
package dev.pamphlet.site;
