import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphEvent } from '../../runtime/events';
import { dispatchWebhooks } from '../../subgraphs/notifications/src/delivery/dispatch-job';
import { graphql } from '../__generated__';
import type { CreateWebhookSubscriptionInput } from '../__generated__/graphql';
import { dataOf, type TestStack } from '../support/stack';
import { newKey } from '../grievances/fixtures';

/** One request a receiver got: its headers, its raw body, and the answer it gave. */
export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  event: GraphEvent;
  answered: number;
}

/**
 * A webhook receiver on a free port: every request is kept; `answer` decides the status per
 * request (200 unless told), so a test can take a receiver down and bring it back.
 */
export async function startReceiver() {
  const received: Received[] = [];
  let answer: (request: Omit<Received, 'answered'>) => number = () => 200;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const delivery = {
        path: request.url ?? '/',
        headers: request.headers,
        body,
        event: JSON.parse(body) as GraphEvent,
      };
      const answered = answer(delivery);
      received.push({ ...delivery, answered });
      response.writeHead(answered).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    received,
    /** The deliveries `path` accepted (answered 2xx), in the order they came. */
    accepted: (path: string) => received.filter((entry) => entry.path === path && entry.answered < 300),
    answerWith(decide: typeof answer) {
      answer = decide;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export const CREATE_WEBHOOK = graphql(`
  mutation WebhooksCreate($input: CreateWebhookSubscriptionInput!, $key: String!) {
    createWebhookSubscription(input: $input, idempotencyKey: $key) {
      subscription {
        id
        url
        events
        status
        filter {
          countries
          facilities
          areas
        }
      }
      secret
      userErrors {
        code
        message
        field
      }
    }
  }
`);

/** Subscribes as `token`, failing the test on any error; answers the id and the secret. */
export async function subscribe(stack: TestStack, token: string, input: CreateWebhookSubscriptionInput) {
  const payload = dataOf(
    await stack.query(CREATE_WEBHOOK, { input, key: newKey('webhook') }, { token }),
  ).createWebhookSubscription!;
  if (payload.userErrors.length || !payload.subscription || !payload.secret)
    throw new Error(`subscribing failed: ${JSON.stringify(payload.userErrors)}`);
  return { id: payload.subscription.id, secret: payload.secret };
}

/** Relays every outbox, runs every consumer (the webhook consumer records deliveries), then one webhook round. */
export async function deliver(stack: TestStack) {
  await stack.settleEvents();
  return dispatchWebhooks(stack.subgraphs.notifications.orm.em);
}

/** Moves the services' clock on by `ms`. */
export const later = (stack: TestStack, ms: number) => stack.clock.set(new Date(stack.clock.now().getTime() + ms));
