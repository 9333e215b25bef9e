// The ordered migration history of the whole database. Add each new migration here (MikroORM runs
// this list rather than scanning the folder, so compiled, ts-node and Jest runs all see the same set).
import { Migration20261129000000Platform } from './Migration20261129000000Platform';

export const migrationsList = [{ name: 'Migration20261129000000Platform', class: Migration20261129000000Platform }];
