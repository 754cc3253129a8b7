/**
 * The yearly practice premium of the psychologists, computed from the sessions they attested; for now the 2023
 * premium of the sixth amendment to the convention.
 */
package be.psygate.money.premium;
