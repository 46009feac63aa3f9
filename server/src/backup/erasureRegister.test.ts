import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { appendToRegister, mergeRegisters, readRegister, REGISTER_VERSION, type RegisteredErasure } from './erasureRegister.js';
import { erasureNameKey, erasureNameKeys } from '../db/erasures.js';

const erasure = (n: number, at = `2026-12-0${n}T10:00:00Z`): RegisteredErasure => ({
  v: REGISTER_VERSION,
  key: `erasure-${String(n).repeat(24)}`,
  nameKeys: [],
  at,
  who: 'beheer',
  reason: 'verzoek betrokkene',
  audit: null,
});

describe('the erasure register', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-register-'));
  afterEach(() => fs.rmSync(path.join(dir, 'sub'), { recursive: true, force: true }));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('appends lines to a 0600 file in a folder it creates, and reads them back once per key', () => {
    const file = path.join(dir, 'sub', 'erasures.jsonl');
    expect(readRegister(file)).toEqual({ erasures: [], unreadable: 0 });
    appendToRegister(file, [erasure(1)]);
    appendToRegister(file, [erasure(2), erasure(1, '2026-12-09T00:00:00Z')]);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(readRegister(file)).toEqual({ erasures: [erasure(1), erasure(2)], unreadable: 0 });
  });

  it('counts a line cut short instead of dropping it silently', () => {
    const file = path.join(dir, 'sub', 'cut.jsonl');
    appendToRegister(file, [erasure(1)]);
    fs.appendFileSync(file, '{"v":1,"key":"erasure-22');
    expect(readRegister(file)).toEqual({ erasures: [erasure(1)], unreadable: 1 });
  });

  it('merges registers by key, oldest first', () => {
    expect(mergeRegisters([erasure(3), erasure(1)], [erasure(2), erasure(3, '2026-12-31T00:00:00Z')]).map((e) => e.key)).toEqual([erasure(1).key, erasure(2).key, erasure(3).key]);
  });
});

describe('erasure name keys', () => {
  it('meet for the same name in other case, accents and spacing, and keep no name', () => {
    expect(erasureNameKey('Ria  Hérstelproef ')).toBe(erasureNameKey('ria herstelproef'));
    expect(erasureNameKey('Ria Herstelproef')).not.toBe(erasureNameKey('Ria Herstel'));
    expect(erasureNameKey('Ria Herstelproef')).toMatch(/^name-[0-9a-f]{24}$/);
    expect(erasureNameKeys({ name: 'Ria Herstelproef', aliases: ['ria herstelproef', 'R. Herstelproef', ' '] })).toHaveLength(2);
  });
});
