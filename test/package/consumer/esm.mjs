// Every entry point, imported as an ES module; prints { entry: [exported names] }.
const entries = {
  '.': await import('segment-targeting'),
  './client': await import('segment-targeting/client'),
  './validator': await import('segment-targeting/validator'),
  './catalog': await import('segment-targeting/catalog'),
  './server': await import('segment-targeting/server'),
  './openapi.json': await import('segment-targeting/openapi.json', { with: { type: 'json' } }),
};
console.log(JSON.stringify(Object.fromEntries(Object.entries(entries).map(([k, m]) => [k, Object.keys(m).sort()]))));
