// The only file other contexts may import from Support: its commands, queries and integration events.
export {};
