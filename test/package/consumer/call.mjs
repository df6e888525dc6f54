// The installed client against the installed reference server; prints what each call resolved to.
import { createTargetingClient } from 'segment-targeting/client';
import { startReferenceServer } from 'segment-targeting/server';

const server = await startReferenceServer({ port: 0 });
try {
  const client = createTargetingClient({ token: 'demo-advertiser-token', baseUrl: server.url });
  const ok = await client.updateSegmentTargeting({ campaignId: 12345, segmentId: 9876, targeting: [{ code: 'age', values: ['55 +'] }] });
  const bad = await client.updateSegmentTargeting({ campaignId: 12345, segmentId: 9876, targeting: [{ code: 'age', values: ['55+'] }] });
  console.log(JSON.stringify({ ok, bad: bad.error, state: server.state().campaigns[0].segments[0].targeting }));
} finally {
  await server.close();
}
