/**
 * Payment runs: which unpaid entries each practice is paid, in one transfer, on a payment date, and which negative
 * balances wait for the next run.
 */
package be.psygate.money.payment;
