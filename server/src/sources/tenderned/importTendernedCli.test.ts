/**
 * `npm run import:tenderned` as a user runs it: a child process on the files in TenderNed's formats.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../config.js';

const run = (...args: string[]) =>
  spawnSync(path.join(REPO_ROOT, 'node_modules/.bin/tsx'), ['server/src/cli/importTenderned.ts', ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 });

describe('npm run import:tenderned', () => {
  it('prints the plan of an OCDS package as one JSON document with --dry-run --json', () => {
    const result = run('tests/fixtures/tenderned/ocds-release-package.json', '--dry-run', '--json');
    expect(result.status).toBe(0);
    const plan = JSON.parse(result.stdout) as { records: { id: string; status: string; reason: string; buyer: { id: string | null; cbsCode: string | null }; supplier: { id: string } | null }[] };
    expect(plan.records.map((r) => [r.id, r.status, r.reason])).toEqual([
      ['312230', 'engagement', 'AWARDED'],
      ['247671', 'skipped', 'NOT_SOCIAAL_DOMEIN'],
      ['6104', 'skipped', 'OPEN_CALL'],
    ]);
    expect(plan.records[0]).toMatchObject({ buyer: { id: 'gemeente-vlagtwedde', cbsCode: 'GM0048' }, supplier: { id: 'consultancy-ait-facilitair' } });
    expect(plan.records[1]!.supplier).toEqual({ name: 'Berenschot', id: 'consultancy-berenschot' });
  }, 120_000);

  it('refuses a broken file with its place and reason, and says --dry-run is needed until the write step exists', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tenderned-'));
    const broken = path.join(dir, 'broken.json');
    fs.writeFileSync(broken, JSON.stringify([{ id: '1', publicatie_type: 'gegund', titel: 'Onderzoek', omschrijving: '', aanbestedende_dienst: '', publicatiedatum: '2024-01-01', winnaar: 'X B.V.' }]));
    const refused = run(broken, '--dry-run');
    fs.rmSync(dir, { recursive: true, force: true });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('record 1 (id 1): aanbestedende_dienst: a publication names its contracting authority');
    const notYet = run('tests/fixtures/tenderned/ocds-release-package.json');
    expect(notYet.status).toBe(2);
    expect(notYet.stderr).toMatch(/use --dry-run/);
  }, 120_000);
});
