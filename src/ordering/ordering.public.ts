// The only file other contexts may import from Ordering: its commands, queries and integration events.
export {};
