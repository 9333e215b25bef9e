/** Nest token for the LockoutPolicy in force (from configuration). */
export const LOCKOUT_POLICY = Symbol('LOCKOUT_POLICY');
