// The only file other contexts may import from Sharing: its commands, queries and integration events.
export {};
