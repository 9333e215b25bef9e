export default async function globalTeardown(): Promise<void> {
  const running =
    (globalThis as { __veriTestServers?: Array<{ stop(): Promise<unknown> }> }).__veriTestServers ?? [];
  for (const server of running) await server.stop();
}
