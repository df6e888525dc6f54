/** The request mix of bench/server.ts, sent in turn on every connection to both servers. */
const PATH = '/external/12345/segments/9876/targeting';
const json = { 'content-type': 'application/json', authorization: 'Bearer demo-advertiser-token' };
/** Two valid updates, a misspelt value (400), a missing token (403), a missing campaign (404). */
export const MIX = [
  { name: 'valid, one code', path: PATH, headers: json, body: '{"targeting":[{"code":"gender","values":["Female"]}]}' },
  {
    name: 'valid, every code',
    path: PATH,
    headers: json,
    body: JSON.stringify({
      targeting: [
        { code: 'age', values: ['18-24', '25-34'] },
        { code: 'gender', values: ['Female'] },
        { code: 'os', values: ['ios'] },
        { code: 'device_type', values: ['phone'] },
        { code: 'city', values: ['Tokyo (JP)'] },
        { code: 'dma', values: ['New York'] },
        { code: 'state', values: ['Ontario (CA)'] },
      ],
    }),
  },
  { name: 'misspelt value', path: PATH, headers: json, body: '{"targeting":[{"code":"age","values":["55+"]}]}' },
  { name: 'no token', path: PATH, headers: { 'content-type': 'application/json' }, body: '{"targeting":[{"code":"os","values":["ios"]}]}' },
  { name: 'missing campaign', path: '/external/99999/segments/1/targeting', headers: json, body: '{"targeting":[{"code":"os","values":["ios"]}]}' },
].map((r) => ({ ...r, method: 'PUT' as const }));
