// Test doubles of the shared ports, for handlers' unit specs. Never imported by production code.
export * from './fixed-clock';
export * from './recording-audit-log';
export * from './recording-outbox';
export * from './recording-unit-of-work';
export * from './in-memory-files';
