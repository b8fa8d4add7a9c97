import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { config } from '../../runtime/config';
import { addFacility, addOrganization, newFacilityId } from '../inspections/fixtures';
import { startTestStack, type GraphQLResponse, type TestStack } from '../support/stack';

/**
 * PostgreSQL restarts (or fails over) under running services: every connection they hold is cut.
 * The services recover on their own — at most one request fails, cleanly, and none crashes a
 * service. Shown by terminating every backend of the test's scratch database.
 */
const FACILITY = newFacilityId('KH');
const EVERY_SUBGRAPH = `query PostgresRestartFacility($id: ID!) {
  facility(id: $id) { id name country { name } compliance { score } grievanceSummary { open } }
}`;

describe.skipIf(!config().DATABASE_URL)(
  'PostgreSQL restarted (PostgreSQL only: the embedded SQLite has no server to restart)',
  () => {
    let stack: TestStack;
    beforeAll(async () => {
      stack = await startTestStack();
      const em = stack.em('suppliers');
      addOrganization(em, 'org-restart-supplier', 'SUPPLIER', 'KH');
      addFacility(em, FACILITY, 'org-restart-supplier');
      await em.flush();
    });
    afterAll(async () => {
      await stack?.stop();
    });

    async function terminateEveryBackend() {
      const [{ name }] = await stack
        .em('suppliers')
        .getConnection()
        .execute<{ name: string }[]>('select current_database() as name');
      const admin = new pg.Client({ connectionString: config().DATABASE_URL });
      await admin.connect();
      try {
        const { rowCount } = await admin.query(
          'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
          [name],
        );
        return rowCount ?? 0;
      } finally {
        await admin.end();
      }
    }

    it('serves again after at most one cleanly failed request, with no service restarted', async () => {
      const ask = () => stack.query(EVERY_SUBGRAPH, { id: FACILITY });
      expect((await ask()).errors).toBeUndefined();
      expect(await terminateEveryBackend()).toBeGreaterThan(0);

      const answers: GraphQLResponse<unknown>[] = [];
      for (let round = 0; round < 4; round++) answers.push(await ask());
      const failed = answers.filter((answer) => answer.errors?.length);
      expect(failed.length).toBeLessThanOrEqual(1);
      for (const answer of failed) {
        // A clean GraphQL answer: coded errors, no stack, the rest of the data still there.
        expect(answer.status).toBe(200);
        expect(answer.errors!.every((error) => typeof error.extensions?.code === 'string')).toBe(true);
        expect(JSON.stringify(answer.errors)).not.toMatch(/\n\s+at /);
      }
      expect(answers.at(-1)).toMatchObject({ data: { facility: { id: FACILITY, country: { name: 'Cambodia' } } } });
      expect(answers.at(-1)!.errors).toBeUndefined();
    });
  },
);
