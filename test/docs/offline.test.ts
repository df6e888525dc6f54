import { describe, expect, it } from 'vitest';
import { externalLoads } from '../../scripts/docs/offline.ts';

describe('docs: finding what a page loads from other hosts', () => {
  it.each([
    ['a CDN script', { given: '<script src="https://cdn.example/x.js"></script>', want: ['https://cdn.example/x.js'] }],
    ['a web font stylesheet', { given: '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Inter">', want: ['https://fonts.googleapis.com/css?family=Inter'] }],
    ['an image', { given: "<img alt='' src='http://img.example/a.png'>", want: ['http://img.example/a.png'] }],
    ['a CSS url', { given: '<style>a{background:url("https://x.example/b.svg")}</style>', want: ['https://x.example/b.svg'] }],
    ['a CSS import', { given: '<style>@import "https://x.example/c.css";</style>', want: ['https://x.example/c.css'] }],
    ['a CSS import by url, once', { given: '<style>@import url(https://x.example/d.css);</style>', want: ['https://x.example/d.css'] }],
    ['a module import', { given: '<script type="module">import { hydrate } from "https://cdn.example/redoc.js";</script>', want: ['https://cdn.example/redoc.js'] }],
    ['a link to follow is not a load', { given: '<a href="https://www.geonames.org/1">GeoNames</a>', want: [] }],
    ['local files are not loads', { given: '<script src="assets/values.js"></script><link href="assets/site.css">', want: [] }],
  ])('%s', (_, { given, want }) => {
    expect(externalLoads(given)).toEqual(want);
  });
});
