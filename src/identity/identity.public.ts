// The only file other contexts may import from Identity: its commands, queries and integration events.
export {};
