// The only file other contexts may import from Achievements: its commands, queries and integration events.
export {};
