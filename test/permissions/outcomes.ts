import { expect } from 'vitest';
import type { GraphQLResponse } from '../support/stack';

/** Assertions on one response of the matrix: a field visible with its value, or denied at its exact path. */
export type Path = (string | number)[];
/** Any response, whatever its operation: these assertions walk its data by path. */
export type MatrixResponse = GraphQLResponse<unknown>;

const show = (path: Path) => path.join('.');

/** The value at `path` in the response's data (undefined when a parent is missing). */
export function valueAt(response: MatrixResponse, path: Path): unknown {
  let value: unknown = response.data;
  for (const step of path)
    value = typeof value === 'object' && value !== null ? (value as Record<string | number, unknown>)[step] : undefined;
  return value;
}

const errorsAt = (response: MatrixResponse, path: Path) =>
  (response.errors ?? [])
    .filter((error) => show(error.path ?? []) === show(path))
    .map((error) => error.extensions?.code);

export function expectVisible(response: MatrixResponse, path: Path, value: unknown) {
  expect(errorsAt(response, path), `errors at ${show(path)}`).toEqual([]);
  expect(valueAt(response, path), show(path)).toEqual(value);
}

export function expectDenied(response: MatrixResponse, path: Path) {
  expect(valueAt(response, path), `${show(path)} is null`).toBeNull();
  expect(errorsAt(response, path), `error at ${show(path)}`).toEqual(['FORBIDDEN']);
}

/** The response's errors are exactly FORBIDDEN at these paths: no other denial, no other failure. */
export function expectDeniedExactly(response: MatrixResponse, paths: Path[]) {
  const seen = (response.errors ?? []).map((error) => `${error.extensions?.code} at ${show(error.path ?? [])}`).sort();
  expect(seen).toEqual(paths.map((path) => `FORBIDDEN at ${show(path)}`).sort());
}

/** Ids of a connection's nodes at `path`, sorted. */
export function idsAt(response: MatrixResponse, path: Path): string[] {
  const connection = valueAt(response, path) as { edges: { node: { id: string } }[] } | null | undefined;
  expect(connection, `${show(path)} is a connection`).toBeTruthy();
  return connection!.edges.map((edge) => edge.node.id).sort();
}
