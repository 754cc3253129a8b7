/**
 * SEPA payment files of the billing hospital, in ISO 20022 XML.
 *
 * <p>Paying the psychologists: a {@link be.psygate.payments.sepa.CreditTransferBatch} of
 * {@link be.psygate.payments.sepa.CreditTransfer}s is written by {@link be.psygate.payments.sepa.Pain001Writer} as a
 * pain.001.001.03 customer credit transfer initiation, which the bank executes; {@link
 * be.psygate.payments.sepa.Pain001Reader} reads one back (tests, simulated bank).
 *
 * <p>Confirming the insurers' payments: {@link be.psygate.payments.sepa.CamtReader} reads the
 * {@link be.psygate.payments.sepa.BankCredit}s of a camt.053 statement or camt.054 notification, versions .001.02 to .001.08 with or without a business application header;
 * {@link be.psygate.payments.sepa.CamtWriter} writes credits as a camt.054 notification, as a simulated bank would.
 *
 * <p>Every file is validated against its schema in {@code mappings/formats} (on the classpath under
 * {@code mappings/formats/}) as it is written or read; the JAXB classes of the sub-packages {@code pain001} and
 * {@code camt054} (what the gateway writes) are generated from those same schemas at build time, and the camt files
 * of every version are read by one reader. Readers parse without
 * DTD nor external entity. Where the schemas come from is told in {@code mappings/formats/iso20022.md}.
 */
package be.psygate.payments.sepa;
