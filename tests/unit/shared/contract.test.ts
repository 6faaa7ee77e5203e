import { describe, expect, it } from 'vitest';
import { CALL_NAMES, CONTRACT_DOMAINS, contract } from '../../../src/shared/contract';

describe('contract', () => {
  it("gathers every domain call exactly once, so no domain silently replaces another one's call", () => {
    const owners = new Map<string, string[]>();
    for (const [domain, calls] of Object.entries(CONTRACT_DOMAINS)) {
      for (const name of Object.keys(calls)) owners.set(name, [...(owners.get(name) ?? []), domain]);
    }
    const claimedTwice = [...owners].filter(([, domains]) => domains.length > 1);
    expect(claimedTwice).toEqual([]);
    expect([...owners.keys()].sort()).toEqual([...CALL_NAMES].sort());
    for (const [domain, calls] of Object.entries(CONTRACT_DOMAINS)) {
      for (const [name, call] of Object.entries(calls)) expect(contract[name as keyof typeof contract], `${domain}: ${name}`).toBe(call);
    }
  });

  it('names every call domain.action', () => {
    for (const name of CALL_NAMES) expect(name).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
  });
});
