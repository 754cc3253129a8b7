/**
 * The quota engine: what a session's acceptance depends on beyond its own line, namely the network's history. A
 * 2019 referral covers a limited series of sessions, a patient has yearly ceilings in the network, a psychologist a
 * yearly capacity, the network a yearly contingent. The engine is pure: the caller, who owns the stored sessions,
 * gives the prior usage ({@link be.psygate.rules.quota.UsageCounts}) for the keys the sessions draw on
 * ({@link be.psygate.rules.quota.NetworkQuotas#keysOf}), and the
 * {@link be.psygate.rules.quota.QuotaAllocator} answers session by session, first come first served. The
 * {@link be.psygate.rules.quota.CapacityMonitor} warns when a psychologist's month is well below the pace of their
 * capacity.
 */
package be.psygate.rules.quota;
