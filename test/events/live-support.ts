import { randomUUID } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { EventFilter } from '../../runtime/event-filter';
import type { GraphEvent } from '../../runtime/events';
import { graphql } from '../__generated__';
import type { ComplianceArea, Disclosure, Severity } from '../__generated__/graphql';
import { addInspection } from '../inspections/fixtures';
import { dataOf, type TestStack } from '../support/stack';

/** The live subscription, as a dashboard writes it (the live schema is not the HTTP API's: a plain string). */
export const LIVE_EVENTS = `subscription LiveEvents($filter: GraphEventFilter) {
  graphEvents(filter: $filter) { id type version source subject country occurredAt payload }
}`;

/** What one subscription got: its events in the order they came, its errors, how it ended. */
export interface Subscription {
  events: GraphEvent[];
  errors: { message: string; extensions?: Record<string, unknown> }[];
  /** The socket's close, when the subscription ended with it. */
  closed?: { code: number; reason: string };
  completed: boolean;
  /** The events about `subject`, in the order they came. */
  about(subject: string): GraphEvent[];
}

/** Polls `check` until it answers something truthy, for at most `ms`; the wait of every live assertion. */
export async function until<Value>(what: string, check: () => Value | Promise<Value>, ms = 15_000): Promise<Value> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what} after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Live clients of a test, each a WebSocket to the gateway with its token (none: PUBLIC). */
export function liveClients(stack: TestStack) {
  const clients: Client[] = [];
  const url = stack.gateway.url.replace(/^http/, 'ws');
  /** A gauge of the gateway's /metrics. */
  const gauge = async (name: string) => {
    const text = await (await fetch(new URL('/metrics', stack.gateway.url))).text();
    return Number(new RegExp(`^${name} (\\d+)$`, 'm').exec(text)?.[1] ?? NaN);
  };
  return {
    connect(token?: string): Client {
      const client = createClient({
        url,
        webSocketImpl: WebSocket,
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        retryAttempts: 0,
      });
      clients.push(client);
      return client;
    },
    subscribe(client: Client, filter?: EventFilter | Record<string, unknown>, query = LIVE_EVENTS): Subscription {
      const subscription: Subscription = {
        events: [],
        errors: [],
        completed: false,
        about: (subject) => subscription.events.filter((event) => event.subject === subject),
      };
      client.subscribe<{ graphEvents: GraphEvent }>(
        { query, variables: { filter } },
        {
          next: (result) => {
            if (result.errors) subscription.errors.push(...(result.errors as Subscription['errors']));
            if (result.data) subscription.events.push(result.data.graphEvents);
          },
          error: (error) => {
            if (Array.isArray(error)) subscription.errors.push(...(error as Subscription['errors']));
            else subscription.closed = error as { code: number; reason: string };
          },
          complete: () => void (subscription.completed = true),
        },
      );
      return subscription;
    },
    /** Waits until the gateway serves `count` live subscriptions: events published from then on reach them. */
    serving: (count: number) =>
      until(`${count} live subscriptions`, async () => (await gauge('lcg_gateway_live_subscriptions')) === count),
    /** Closes every client of the test, and waits until the gateway has let go of them. */
    async closeAll() {
      for (const client of clients.splice(0)) void client.dispose();
      await until('the live connections to close', async () => (await gauge('lcg_gateway_live_connections')) === 0);
    },
  };
}

const PUBLISH = graphql(`
  mutation LiveEventsPublish($id: ID!) {
    publishInspection(id: $id) {
      userErrors {
        code
        message
      }
    }
  }
`);

/**
 * A report of `conductedBy` about `facilityId`, published through the API (which tells its events), and the
 * events relayed to the bus. Answers the subject of its INSPECTION_PUBLISHED event.
 */
export async function publishInspection(
  stack: TestStack,
  auditor: { token: string; organizationId: string },
  report: { facilityId: string; disclosure: Disclosure; buyers?: string[]; findings: [ComplianceArea, Severity][] },
): Promise<string> {
  const id = `insp-live-${randomUUID().slice(0, 13)}`;
  const em = stack.em('inspections');
  addInspection(em, {
    id,
    facilityId: report.facilityId,
    conductedById: auditor.organizationId,
    status: 'SUBMITTED',
    disclosure: report.disclosure,
    buyers: report.buyers,
    findings: report.findings.map(([area, severity]) => ({ area, severity })),
  });
  await em.flush();
  const published = dataOf(await stack.query(PUBLISH, { id }, { token: auditor.token })).publishInspection;
  if (published?.userErrors.length) throw new Error(`not published: ${JSON.stringify(published.userErrors)}`);
  await stack.settleEvents();
  return `Inspection:${id}`;
}
