// Every entry point, from require(); prints { entry: [exported names] }.
const entries = {
  '.': require('segment-targeting'),
  './client': require('segment-targeting/client'),
  './validator': require('segment-targeting/validator'),
  './catalog': require('segment-targeting/catalog'),
  './server': require('segment-targeting/server'),
  './openapi.json': { default: require('segment-targeting/openapi.json') },
};
console.log(JSON.stringify(Object.fromEntries(Object.entries(entries).map(([k, m]) => [k, Object.keys(m).sort()]))));
