import { expect } from 'vitest';
import type { GraphQLResponse } from '../support/stack';

/** Assertions on one response of the matrix: a field visible with its value, or denied at its exact path. */
export type Path = (string | number)[];
type Response = GraphQLResponse<any>;

const show = (path: Path) => path.join('.');

/** The value at `path` in the response's data (undefined when a parent is missing). */
export function valueAt(response: Response, path: Path): unknown {
  let value: any = response.data;
  for (const step of path) value = value == null ? undefined : value[step];
  return value;
}

const errorsAt = (response: Response, path: Path) =>
  (response.errors ?? []).filter((error) => show(error.path ?? []) === show(path)).map((error) => error.extensions?.code);

export function expectVisible(response: Response, path: Path, value: unknown) {
  expect(errorsAt(response, path), `errors at ${show(path)}`).toEqual([]);
  expect(valueAt(response, path), show(path)).toEqual(value);
}

export function expectDenied(response: Response, path: Path) {
  expect(valueAt(response, path), `${show(path)} is null`).toBeNull();
  expect(errorsAt(response, path), `error at ${show(path)}`).toEqual(['FORBIDDEN']);
}

/** The response's errors are exactly FORBIDDEN at these paths: no other denial, no other failure. */
export function expectDeniedExactly(response: Response, paths: Path[]) {
  const seen = (response.errors ?? []).map((error) => `${error.extensions?.code} at ${show(error.path ?? [])}`).sort();
  expect(seen).toEqual(paths.map((path) => `FORBIDDEN at ${show(path)}`).sort());
}

/** Ids of a connection's nodes at `path`, sorted. */
export function idsAt(response: Response, path: Path): string[] {
  const connection = valueAt(response, path) as { edges: { node: { id: string } }[] } | null | undefined;
  expect(connection, `${show(path)} is a connection`).toBeTruthy();
  return connection!.edges.map((edge) => edge.node.id).sort();
}
