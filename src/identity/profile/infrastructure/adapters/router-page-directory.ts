import { Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { PageDirectory } from '../../application/ports/page-directory';

interface Layer {
  route?: { path?: string | string[]; methods?: Record<string, boolean> };
}

/** The pages of this build as the HTTP router has them, read once. */
@Injectable()
export class RouterPageDirectory extends PageDirectory {
  private paths?: Set<string>;

  constructor(private readonly adapterHost: HttpAdapterHost) {
    super();
  }

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
