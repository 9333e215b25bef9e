// A burst's client in a process of its own, so that sending and reading the requests never shares the
// portal's event loop: ordering.bench.ts forks this file, sends one BurstJob and gets a BurstResult back.
export interface BurstJob {
  url: string;
  requests: Array<{ headers: Record<string, string>; body: string }>;
  /** Send each request only once the one before it is answered: the cost of a request without queueing. */
  oneAtATime?: boolean;
}

export interface BurstResult {
  /** Each request's time from its sending to its answer read, in the job's order. */
  latencies: number[];
  outcomes: Record<string, number>;
  wallMs: number;
}

/** "201 with paymentUrl" and the like: what the checkout answered. */
function outcomeOf(status: number, body: { paymentUrl?: string | null; error?: { code: string } }): string {
  if (status !== 201) return `${status} ${body.error?.code ?? ''}`;
  return body.paymentUrl ? '201 with paymentUrl' : '201 without paymentUrl';
}

process.once('message', async (job: BurstJob) => {
  const outcomes: Record<string, number> = {};
  const count = (outcome: string) => (outcomes[outcome] = (outcomes[outcome] ?? 0) + 1);
  const started = performance.now();
  const send = async ({ headers, body }: BurstJob['requests'][number]): Promise<number> => {
    const sent = performance.now();
    try {
      const res = await fetch(job.url, { method: 'POST', headers, body });
      count(outcomeOf(res.status, (await res.json()) as Parameters<typeof outcomeOf>[1]));
    } catch (error) {
      count(`network error ${(error as Error).message}`);
    }
    return performance.now() - sent;
  };
  const latencies: number[] = [];
  if (job.oneAtATime) for (const request of job.requests) latencies.push(await send(request));
  else latencies.push(...(await Promise.all(job.requests.map(send))));
  const result: BurstResult = { latencies, outcomes, wallMs: performance.now() - started };
  process.send!(result, () => process.exit(0));
});
