/**
 * The built-in demo data: the ids of the platform's page (campaign 12345, segment 9876) and the
 * three tokens of CONTRACT.md, plus a second app of the same advertiser and a second advertiser,
 * so that every permission case can be tried.
 */
import type { ReferenceData } from './data.js';

/** Advertiser 1's token for all its apps, with the `campaigns` scope: may update every demo segment of advertiser 1. */
export const DEMO_ADVERTISER_TOKEN = 'demo-advertiser-token';
/** Advertiser 1's token for app 10 only: may update campaign 12345, not campaign 12346 (app 11). */
export const DEMO_APP_TOKEN = 'demo-app-token';
/** Advertiser 1's token with the `reporting` scope only: may update nothing (403). */
export const DEMO_REPORTING_TOKEN = 'demo-reporting-token';
/** Advertiser 2's token: advertiser 1's campaigns look missing to it (404). */
export const DEMO_OTHER_ADVERTISER_TOKEN = 'demo-other-advertiser-token';

/** The platform page's campaign and segment. */
export const DEMO_CAMPAIGN_ID = 12345;
export const DEMO_SEGMENT_ID = 9876;

/** A fresh copy of the demo data (each server gets its own). */
export function demoData(): ReferenceData {
  return {
    campaigns: [
      {
        id: DEMO_CAMPAIGN_ID,
        advertiserId: 1,
        appId: 10,
        segments: [
          { id: DEMO_SEGMENT_ID, targeting: { gender: ['Female'] } },
          { id: 9877, targeting: {} },
        ],
      },
      { id: 12346, advertiserId: 1, appId: 11, segments: [{ id: 9880, targeting: { os: ['ios'] } }] },
      { id: 22222, advertiserId: 2, appId: 20, segments: [{ id: 5555, targeting: {} }] },
    ],
    tokens: [
      { token: DEMO_ADVERTISER_TOKEN, advertiserId: 1, scopes: ['campaigns', 'reporting'] },
      { token: DEMO_APP_TOKEN, advertiserId: 1, appId: 10, scopes: ['campaigns'] },
      { token: DEMO_REPORTING_TOKEN, advertiserId: 1, scopes: ['reporting'] },
      { token: DEMO_OTHER_ADVERTISER_TOKEN, advertiserId: 2, scopes: ['campaigns'] },
    ],
  };
}
