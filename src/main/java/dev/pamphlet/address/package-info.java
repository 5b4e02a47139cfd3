/**
 * Web addresses: the site's base address ({@code BaseUrl}), percent-encoding of every address a site writes
 * ({@code PercentEncoding}), the one Unicode form they are written in ({@code UnicodeForm}), and addresses that
 * would run a script however they are disguised ({@code ScriptAddress}).
 */
package dev.pamphlet.address;
