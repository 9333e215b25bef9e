// Every route the Nest router registered on Express (API and HTML pages alike), as the security suite
// reads it: the router's own stack, so a controller added tomorrow is in the list without anyone
// remembering to add it.
import type { TestApp } from '../support/app';

export interface Route {
  method: string;
  /** As Express has it: /api/v1/me/connections/:id */
  path: string;
}

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
}

export function routesOf(t: TestApp): Route[] {
  const express = t.app.getHttpAdapter().getInstance() as {
    router?: { stack: Layer[] };
    _router?: { stack: Layer[] };
  };
  const stack = (express.router ?? express._router)?.stack ?? [];
  const routes: Route[] = [];
  for (const layer of stack) {
    if (!layer.route) continue;
    // The catch-all handlers (not-found pages) answer every method on every path; they are not routes.
    if (layer.route.path.includes('{*')) continue;
    for (const [method, on] of Object.entries(layer.route.methods))
      if (on) routes.push({ method, path: layer.route.path });
  }
  return routes;
}

/** The route's path with each `:parameter` replaced by `value`. */
export function fillRoute(route: Route, value: string): string {
  return route.path.replace(/:(\w+)/g, value);
}
