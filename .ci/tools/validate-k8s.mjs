// Offline checks of rendered Kubernetes manifests (multi-document YAML files given as arguments):
//  1. each object against the Kubernetes JSON schemas (kubernetes-models);
//  2. no unknown (misspelt) field: a round trip through the typed models of @kubernetes/client-node drops
//     every field the API does not know, so any field missing afterwards is reported;
//  3. the app agrees: probes use the service's health paths and its HTTP port (from application.properties).
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { ObjectSerializer } from '@kubernetes/client-node/dist/gen/models/ObjectSerializer.js';
import { ConfigMap, Secret, Service } from 'kubernetes-models/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Ingress, NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';

const MODELS = {
  'v1/ConfigMap': [ConfigMap, 'V1ConfigMap'],
  'v1/Secret': [Secret, 'V1Secret'],
  'v1/Service': [Service, 'V1Service'],
  'apps/v1/Deployment': [Deployment, 'V1Deployment'],
  'autoscaling/v2/HorizontalPodAutoscaler': [HorizontalPodAutoscaler, 'V2HorizontalPodAutoscaler'],
  'networking.k8s.io/v1/Ingress': [Ingress, 'V1Ingress'],
  'networking.k8s.io/v1/NetworkPolicy': [NetworkPolicy, 'V1NetworkPolicy'],
  'policy/v1/PodDisruptionBudget': [PodDisruptionBudget, 'V1PodDisruptionBudget'],
};
const PROBE_PATHS = { startupProbe: '/q/health/started', livenessProbe: '/q/health/live', readinessProbe: '/q/health/ready' };

/** The service's HTTP port, as application.properties sets it. */
export function appPort(propertiesPath) {
  const match = readFileSync(propertiesPath, 'utf8').match(/^quarkus\.http\.port=(\d+)$/m);
  return match ? Number(match[1]) : 8080;
}

/** Every path (a.b.0.c) of a value's leaves and objects. */
function paths(value, prefix = '') {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([k, v]) => paths(v, prefix ? `${prefix}.${k}` : String(k))).concat(prefix ? [prefix] : []);
}

function unknownFields(doc, type) {
  const back = ObjectSerializer.serialize(ObjectSerializer.deserialize(doc, type), type);
  const kept = new Set(paths(back));
  // annotations, labels and data are free-form maps the round trip keeps as they are
  return paths(doc).filter((p) => !kept.has(p) && !/(^|\.)(annotations|labels|data|stringData|matchLabels)\./.test(p));
}

function checkProbes(doc, port, problems, where) {
  const containers = doc.spec?.template?.spec?.containers ?? [];
  for (const c of containers) {
    const ports = new Map((c.ports ?? []).map((p) => [p.name, p.containerPort]));
    for (const [probe, path] of Object.entries(PROBE_PATHS)) {
      const get = c[probe]?.httpGet;
      if (!get) {
        problems.push(`${where}: container ${c.name} has no ${probe}`);
        continue;
      }
      if (get.path !== path) problems.push(`${where}: ${probe} path ${get.path} is not the service's ${path}`);
      const resolved = typeof get.port === 'string' ? ports.get(get.port) : get.port;
      if (resolved !== port) problems.push(`${where}: ${probe} port ${get.port} is not the service's port ${port}`);
    }
  }
}

/** All problems of the manifests in one YAML text; an empty list means they pass. */
export function validate(text, port) {
  const problems = [];
  for (const document of parseAllDocuments(text)) {
    const doc = document.toJS();
    if (!doc) continue;
    const where = `${doc.kind}/${doc.metadata?.name}`;
    const model = MODELS[`${doc.apiVersion}/${doc.kind}`];
    if (!model) {
      problems.push(`${where}: no schema known for ${doc.apiVersion}`);
      continue;
    }
    const [Model, type] = model;
    try {
      new Model(doc).validate();
    } catch (e) {
      problems.push(`${where}: ${e.message}`);
    }
    for (const field of unknownFields(doc, type)) problems.push(`${where}: unknown field ${field}`);
    if (doc.kind === 'Deployment') checkProbes(doc, port, problems, where);
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [propertiesPath, ...files] = process.argv.slice(2);
  const port = appPort(propertiesPath);
  let failed = false;
  for (const file of files) {
    const problems = validate(readFileSync(file, 'utf8'), port);
    for (const p of problems) console.error(`${file}: ${p}`);
    console.log(`k8s-validate: ${file}: ${problems.length === 0 ? 'PASS' : `FAIL (${problems.length})`}`);
    failed ||= problems.length > 0;
  }
  process.exit(failed ? 1 : 0);
}
