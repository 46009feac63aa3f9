import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../server/src/logging/logger.js';
import { StartupError, startKennisgraaf } from '../../server/src/app/startKennisgraaf.js';
import { testConfig } from '../support/testServer.js';

describe('server start-up', () => {
  it('says which port is taken and how to choose another', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const err = await startKennisgraaf(testConfig({ PORT: String(port) }), createLogger('silent')).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StartupError);
      expect((err as Error).message).toMatch(new RegExp(`Port ${port} is already in use.*PORT=4001 npm start`, 's'));
    } finally {
      blocker.close();
    }
  });

  it('says so when NEO4J_URI points at nothing', async () => {
    const err = await startKennisgraaf(testConfig({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x' }), createLogger('silent')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StartupError);
    expect((err as Error).message).toMatch(/Cannot reach the Neo4j at NEO4J_URI=bolt:\/\/127\.0\.0\.1:1.*unset NEO4J_URI/s);
  });
});
