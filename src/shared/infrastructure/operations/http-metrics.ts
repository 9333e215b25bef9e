import { Injectable } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/**
 * Prometheus metrics of this process: Node's defaults (CPU, memory, event loop, GC) and the duration
 * of HTTP requests by method, route pattern and status. A registry per application, so several
 * applications in one process (tests) never clash.
 */
@Injectable()
export class HttpMetrics {
  readonly registry = new Registry();
  private readonly duration: Histogram<'method' | 'route' | 'status_code'>;
  /** The histogram's series by "method route status": labelling looks the series up by hashing its labels, once each here. */
  private readonly series = new Map<string, Histogram.Internal<'method' | 'route' | 'status_code'>>();

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'veri_' });
    this.duration = new Histogram({
      name: 'veri_http_request_duration_seconds',
      help: 'Time to answer HTTP requests, by method, route pattern and status code',
      labelNames: ['method', 'route', 'status_code'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
  }

  middleware(): RequestHandler {
    return (req: Request, res: Response, next: NextFunction) => {
      const started = process.hrtime.bigint();
      res.once('finish', () => {
        // The route pattern (/api/v1/me/connections/:id), never the raw path: one series per route.
        const route = req.route?.path ? `${req.baseUrl}${String(req.route.path)}` : 'unmatched';
        this.seriesFor(req.method, route, res.statusCode).observe(
          Number(process.hrtime.bigint() - started) / 1e9,
        );
      });
      next();
    };
  }

  /** For answers made before Express (no middleware): `started` from process.hrtime.bigint(). */
  observe(method: string, route: string, status: number, started: bigint): void {
    this.seriesFor(method, route, status).observe(Number(process.hrtime.bigint() - started) / 1e9);
  }

  private seriesFor(method: string, route: string, status: number) {
    const key = `${method} ${route} ${status}`;
    let series = this.series.get(key);
    if (!series) {
      series = this.duration.labels({ method, route, status_code: String(status) });
      this.series.set(key, series);
    }
    return series;
  }
}
