import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEventVisibility } from './event-visibility';
import type { GraphEvent } from './events';
import { PUBLIC_PRINCIPAL, type Principal } from './principal';

/** A stand-in subgraph: answers each aliased read as `answer` says for the id it is asked. */
let answer: (id: string) => 'readable' | 'refused' | 'broken' = () => 'readable';
let asked: { subgraph: string; principal: string; ids: string[] }[] = [];
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const { variables } = JSON.parse(body) as { variables: Record<string, string> };
      asked.push({
        subgraph: request.url ?? '',
        principal: String(request.headers['x-lcg-principal']),
        ids: Object.values(variables),
      });
      const data: Record<string, unknown> = {};
      const errors: unknown[] = [];
      for (const [alias, id] of Object.entries(variables)) {
        const outcome = answer(id);
        data[alias] = outcome === 'readable' ? { id } : null;
        if (outcome === 'refused') errors.push({ message: 'no', path: [alias], extensions: { code: 'FORBIDDEN' } });
        if (outcome === 'broken')
          errors.push({ message: 'db down', path: [alias], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data, errors }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const visibility = (sharing = async () => ({ sharedWith: {}, sharingAgreements: {} })) =>
  createEventVisibility({ subgraphUrl: (name) => `${url}/${name}`, secret: 's'.repeat(32), sharing });

const event = (type: GraphEvent['type'], payload: Record<string, unknown>): GraphEvent => ({
  id: `evt-${Math.random()}`,
  type,
  version: 1,
  source: 'test',
  subject: 'Test:1',
  country: 'BD',
  occurredAt: '2026-12-03T10:00:00.000Z',
  payload,
});

describe('who may receive an event', () => {
  it('asks the owning subgraph once per batch, as the subscriber, and keeps what it reads', async () => {
    asked = [];
    answer = (id) => (id === 'insp-2' ? 'refused' : 'readable');
    const events = [
      event('INSPECTION_PUBLISHED', { inspectionId: 'insp-1' }),
      event('ZERO_TOLERANCE_FINDING', { inspectionId: 'insp-2' }),
      event('GRIEVANCE_FILED', { grievanceId: 'grv-1' }),
    ];
    const visible = await visibility().visibleTo(PUBLIC_PRINCIPAL, events);
    expect(visible.map((each) => each?.id ?? null)).toEqual([events[0]!.id, null, events[2]!.id]);
    expect(asked.map((request) => request.subgraph).sort()).toEqual(['/grievances', '/inspections']);
  });

  it('drops a payload field naming a record the subscriber may not read, and keeps the event', async () => {
    answer = (id) => (id === 'grv-other' ? 'refused' : 'readable');
    const [visible] = await visibility().visibleTo(PUBLIC_PRINCIPAL, [
      event('RETALIATION_REPORTED', { grievanceId: 'grv-own', retaliationAgainst: 'grv-other' }),
    ]);
    expect(visible?.payload).toEqual({ grievanceId: 'grv-own' });
  });

  it('fails, rather than withhold, when the subgraph cannot answer', async () => {
    answer = () => 'broken';
    await expect(
      visibility().visibleTo(PUBLIC_PRINCIPAL, [event('INSPECTION_PUBLISHED', { inspectionId: 'insp-1' })]),
    ).rejects.toThrow(/db down/);
  });

  it('signs a regulator with the sharing grants of the moment, and fails when they cannot be looked up', async () => {
    asked = [];
    answer = () => 'readable';
    const regulator: Principal = { ...PUBLIC_PRINCIPAL, role: 'REGULATOR', country: 'NL', organizationId: 'org-nl' };
    await visibility(async () => ({ sharedWith: { GRIEVANCE_CASES: ['BD'] }, sharingAgreements: {} })).visibleTo(
      regulator,
      [event('GRIEVANCE_FILED', { grievanceId: 'grv-1' })],
    );
    const signed = JSON.parse(Buffer.from(asked[0]!.principal, 'base64url').toString()) as Principal;
    expect(signed.sharedWith).toEqual({ GRIEVANCE_CASES: ['BD'] });
    const failing = visibility(async () => {
      throw new Error('agreements unavailable');
    });
    await expect(failing.visibleTo(regulator, [event('GRIEVANCE_FILED', { grievanceId: 'grv-1' })])).rejects.toThrow(
      /agreements unavailable/,
    );
  });
});
