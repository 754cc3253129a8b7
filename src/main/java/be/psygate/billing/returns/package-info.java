/**
 * What the insurers answer to the invoice batches of {@code be.psygate.billing}: the model of an answer
 * ({@link be.psygate.billing.returns.InsurerReturn}, one per message: receipt, file refusal, rejection, provisional
 * errors, settlement), the rejection codes an insurer may give ({@link be.psygate.billing.returns.RejectionCodes}),
 * one {@link be.psygate.billing.returns.ReturnFormat} per invoice format ({@code efact}, {@code xml}, {@code csv},
 * chosen with {@link be.psygate.billing.Formats#ANSWERS}), and
 * {@link be.psygate.billing.returns.SimulatedReturns}, which makes up the answers an insurer would send, for the
 * demo and the tests.
 *
 * <p>Plain Java, no framework: the routes that carry answers in and the reconciliation that books them live
 * elsewhere. An answer never holds a national number.
 */
package be.psygate.billing.returns;
