import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { validate } from './validate-k8s.mjs';

const base = readFileSync(new URL('../../k8s/base/deployment.yaml', import.meta.url), 'utf8');

test('the base deployment passes', () => {
  assert.deepEqual(validate(base, 8080), []);
});

test('a misspelt probe field is caught', () => {
  const broken = base.replace('periodSeconds: 5', 'periodSecond: 5');
  const problems = validate(broken, 8080);
  assert.ok(problems.some((p) => p.includes('unknown field') && p.includes('readinessProbe.periodSecond')), problems.join('\n'));
});

test('a probe on a path the service does not serve is caught', () => {
  const problems = validate(base.replace('path: /q/health/live', 'path: /healthz'), 8080);
  assert.ok(problems.some((p) => p.includes('livenessProbe path /healthz')), problems.join('\n'));
});

test('a probe on another port than the service listens on is caught', () => {
  const problems = validate(base, 9090);
  assert.equal(problems.filter((p) => p.includes("is not the service's port 9090")).length, 3);
});

test('a schema violation is caught', () => {
  const problems = validate(base.replace('replicas: 2', 'replicas: "two"'), 8080);
  assert.ok(problems.length > 0);
});
