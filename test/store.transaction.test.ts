/**
 * `store.transaction` on both databases: units of work that run at the same time (on SQLite they
 * share one group commit) succeed or fail alone — a failing unit leaves nothing, its neighbours are
 * committed, and each caller gets its own result or error only once its work is durable.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openStore, type Store } from '../src/store/open-store.js';
import { testTargets, type TestDb } from './helpers/service-db.js';

for (const target of await testTargets()) {
  describe(`store transactions on ${target.name}`, { skip: target.skip ?? false }, () => {
    let db: TestDb;
    let store: Store;
    before(async () => {
      db = await target.open();
      store = await openStore({ databaseUrl: db.databaseUrl, dataDir: db.dataDir });
    });
    after(async () => {
      await store?.close();
      await db?.drop();
    });

    const note = (id: string) => ({ id, review_id: null, subject: 'u', author: 'test', note: 'n', created_at: new Date().toISOString() });

    it('commits concurrent units independently: a failing unit leaves nothing and its neighbours stay', async () => {
      const results = await Promise.allSettled(
        Array.from({ length: 12 }, (_, i) =>
          store.transaction(async (tx) => {
            await tx.insertInto('notes').values(note(`n${i}`)).execute();
            if (i % 4 === 1) throw new Error(`unit ${i} failed`);
            return i;
          }),
        ),
      );
      results.forEach((r, i) => {
        if (i % 4 === 1) {
          assert.equal(r.status, 'rejected');
          assert.match(String((r as PromiseRejectedResult).reason), new RegExp(`unit ${i} failed`));
        } else {
          assert.deepEqual(r, { status: 'fulfilled', value: i });
        }
      });
      const ids = (await store.db.selectFrom('notes').select('id').execute()).map((r) => r.id).sort();
      assert.deepEqual(ids, Array.from({ length: 12 }, (_, i) => i).filter((i) => i % 4 !== 1).map((i) => `n${i}`).sort());
    });

    it('reports a database error to the unit that caused it and keeps the others', async () => {
      const results = await Promise.allSettled([
        store.transaction((tx) => tx.insertInto('notes').values(note('dup-1')).execute()),
        store.transaction(async (tx) => {
          await tx.insertInto('notes').values(note('n0')).execute(); // primary key taken above
        }),
        store.transaction((tx) => tx.insertInto('notes').values(note('dup-2')).execute()),
      ]);
      assert.deepEqual(results.map((r) => r.status), ['fulfilled', 'rejected', 'fulfilled']);
      const ids = (await store.db.selectFrom('notes').select('id').where('id', 'like', 'dup-%').execute()).map((r) => r.id).sort();
      assert.deepEqual(ids, ['dup-1', 'dup-2']);
    });
  });
}
