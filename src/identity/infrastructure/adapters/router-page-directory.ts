import { Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';

interface Layer {
  route?: { path?: string | string[]; methods?: Record<string, boolean> };
}

/**
 * Which pages exist in this build, so the dashboards say "coming soon" for a section whose context is
 * not there yet instead of linking to a page that is not found. Read once from the router.
 */
@Injectable()
export class AvailablePages {
  private paths?: Set<string>;

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  has(path: string): boolean {
    this.paths ??= this.read();
    return this.paths.has(path);
  }

  private read(): Set<string> {
    const app = this.adapterHost.httpAdapter?.getInstance() as
      { router?: { stack?: Layer[] }; _router?: { stack?: Layer[] } } | undefined;
    const stack = app?.router?.stack ?? app?._router?.stack ?? [];
    const paths = new Set<string>();
    for (const layer of stack) {
      if (!layer.route?.methods?.get) continue;
      for (const path of ([] as string[]).concat(layer.route.path ?? [])) paths.add(path);
    }
    return paths;
  }
}
