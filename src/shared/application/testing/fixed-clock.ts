import { FixedClock } from '../../domain/clock';

/** A clock standing at `iso` (a Monday morning in late November 2026 unless told otherwise). */
export const clockAt = (iso = '2026-11-30T09:00:00Z'): FixedClock => new FixedClock(new Date(iso));
