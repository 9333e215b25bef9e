import { EventEmitter } from 'node:events';
import type { Client } from 'pg';
import { CHANGES_CHANNEL, DatabaseChanges } from './database-changes';
import { KeptUntilChanged } from './kept-until-changed';

/** A pool connection as DatabaseChanges sees one: it answers LISTEN, then brings notifications and its end. */
class ListeningConnection extends EventEmitter {
  query(_sql: string, done: (error: Error | null) => void): void {
    done(null);
  }

  announce(topic: string, subject: string): void {
    this.emit('notification', { channel: CHANGES_CHANNEL, payload: `${topic}:${subject}`, processId: 1 });
  }
}

interface Person {
  id: string;
  team: string;
  name: string;
}

describe('KeptUntilChanged', () => {
  let changes: DatabaseChanges;
  let connection: ListeningConnection;

  beforeEach(() => {
    changes = new DatabaseChanges();
    connection = new ListeningConnection();
    changes.listenOn(connection as unknown as Client, () => undefined);
  });

  /** A read that hears `during` before it answers `value`, and counts how often it ran. */
  function reader(value: Person, during: () => void = () => undefined) {
    const read = jest.fn(async () => {
      during();
      return { ...value };
    });
    return read;
  }

  const ada = { id: 'ada', team: 'engines', name: 'Ada' };

  it('keeps a read value until its subject changes', async () => {
    const kept = new KeptUntilChanged<Person>(changes, 'people');
    const read = reader(ada);
    await kept.get('ada', read);
    await kept.get('ada', read);
    expect(read).toHaveBeenCalledTimes(1);
    connection.announce('people', 'ada');
    await kept.get('ada', read);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('keeps what it read while other subjects and other topics changed', async () => {
    const kept = new KeptUntilChanged<Person>(changes, 'people');
    const read = reader(ada, () => {
      connection.announce('people', 'grace');
      connection.announce('baskets', 'ada');
    });
    await kept.get('ada', read);
    await kept.get('ada', read);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('does not keep what it read while its own subject changed: the read may predate the change', async () => {
    const kept = new KeptUntilChanged<Person>(changes, 'people');
    const read = reader(ada, () => connection.announce('people', 'ada'));
    expect(await kept.get('ada', read)).toEqual(ada);
    await kept.get('ada', read);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('tells a value’s subject by subjectOf when it is not the key', async () => {
    const kept = new KeptUntilChanged<Person>(changes, 'teams', { subjectOf: (person) => person.team });
    const changedTeam = reader(ada, () => connection.announce('teams', 'engines'));
    await kept.get('ada', changedTeam);
    await kept.get('ada', changedTeam);
    expect(changedTeam).toHaveBeenCalledTimes(2);

    const read = reader(ada, () => connection.announce('teams', 'ada'));
    await kept.get('ada', read);
    await kept.get('ada', read);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('does not keep what it read while everything changed: a change on forgetAllOn, or changes lost', async () => {
    const kept = new KeptUntilChanged<Person>(changes, 'people', { forgetAllOn: 'prices' });
    const priced = reader(ada, () => connection.announce('prices', 'list'));
    await kept.get('ada', priced);
    await kept.get('ada', priced);
    expect(priced).toHaveBeenCalledTimes(2);

    const lost = reader(ada, () => {
      connection.emit('end');
      changes.listenOn(new ListeningConnection() as unknown as Client, () => undefined);
    });
    await kept.get('ada', lost);
    await kept.get('ada', lost);
    expect(lost).toHaveBeenCalledTimes(2);
  });

  it('keeps nothing while no connection listens', async () => {
    connection.emit('end');
    const kept = new KeptUntilChanged<Person>(changes, 'people');
    const read = reader(ada);
    await kept.get('ada', read);
    await kept.get('ada', read);
    expect(read).toHaveBeenCalledTimes(2);
  });
});
