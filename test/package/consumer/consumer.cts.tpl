// A CommonJS user: `require` of the ESM package, typed (TypeScript 5.8+, module nodenext).
import targeting = require('segment-targeting/client');

const client = targeting.createTargetingClient({ token: 'demo-advertiser-token' });
const call = client.updateSegmentTargeting({
  campaignId: 12345,
  segmentId: 9876,
  // @ts-expect-error: 'tv' is not a device type
  targeting: [{ code: 'device_type', values: ['tv'] }],
});

export = { client, call };
