/**
 * Web addresses: the site's base address ({@code BaseUrl}), percent-encoding of every address a site writes
 * ({@code PercentEncoding}), the one Unicode form they are written in ({@code UnicodeForm}), addresses that
 * would run a script however they are disguised ({@code ScriptAddress}), and the HTML and SVG attributes that
 * hold addresses ({@code AddressAttributes}).
 */
package dev.pamphlet.address;
