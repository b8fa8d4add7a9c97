import { subgraphSchema, type SubgraphDefinition } from '../../../runtime/subgraph-server';
import { createContext, type Context } from './context';
import { entities } from './entities';
import { permissionRules } from './permissions';
import { startEscalationJob, stopEscalationJob } from './queries/escalation-job';
import { facilityMerges } from './queries/facility-merges';
import { hashSealedFromEarlier, stopHashingSealed } from './queries/sealed-secrets';
import { closeSecretHashing } from './queries/secret-hashing';
import { resolvers } from './resolvers';
import { seedGrievances } from './seed/seed';
import { crossBorderReads } from './visibility';

export const grievancesSubgraph: SubgraphDefinition<Context> = {
  name: 'grievances',
  typeDefs: subgraphSchema('grievances'),
  resolvers: resolvers as SubgraphDefinition<Context>['resolvers'],
  entities,
  migrationsDir: new URL('./migrations/', import.meta.url),
  permissionRules,
  crossBorderReads,
  createContext,
  seed: seedGrievances,
  consumers: [facilityMerges],
  // Secrets that new filings left sealed, hashed in the background (from an earlier run too), and
  // the rounds that escalate cases past their deadlines.
  async start(em, log, clock) {
    await hashSealedFromEarlier(em, log);
    startEscalationJob(em, log, clock);
  },
  // The background jobs end first, then the secret-hashing threads (idle ones never keep a process alive).
  async stop(em) {
    await stopEscalationJob(em);
    await stopHashingSealed(em);
    await closeSecretHashing();
  },
};
