import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scan } from '../engine/scan.js';
import { DEFAULT_POLICY } from './default-policy.js';
import { engineConfigFromPolicy } from './engine-config-from-policy.js';

const link = (host: string): string => `have a look at https://${host}/revision/quadratics before Thursday`;
const urls = (text: string, config = engineConfigFromPolicy(DEFAULT_POLICY)): string[] => scan(text, { config }).findings.filter((f) => f.kind === 'url').map((f) => f.text);

test('the default educational allow-list lets revision sites through and still reports other sites', () => {
  for (const host of ['www.bbc.co.uk', 'www.drfrost.org', 'isaacphysics.org', 'www.chemguide.co.uk', 'www.gutenberg.org', 'www.wolframalpha.com', 'www.thenational.academy']) {
    assert.deepEqual(urls(link(host)), [], host);
  }
  assert.equal(urls(link('janes-tutoring.co.uk')).length, 1);
});

test('a policy that names its own educational sites replaces the default list; allowedDomains still extends', () => {
  const policy = { ...DEFAULT_POLICY, engine: { ...DEFAULT_POLICY.engine, educationalSites: ['corbettmaths.com'], allowedDomains: ['ourschool.sch.uk'] } };
  const config = engineConfigFromPolicy(policy);
  assert.deepEqual(urls(link('corbettmaths.com'), config), []);
  assert.deepEqual(urls(link('ourschool.sch.uk'), config), []);
  assert.equal(urls(link('www.bbc.co.uk'), config).length, 1, 'not on the replaced list');
});
