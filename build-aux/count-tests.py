#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Counts test cases in meson's testlog.json files: each g_test case (its TAP
line) counts once; a program without TAP lines counts as one case; a program
that failed without reporting a failed case (a crash) adds one failure.
Prints "PASSED FAILED SKIPPED"."""
import json
import re
import sys

OK = re.compile(r'^ok \d+', re.M)
NOT_OK = re.compile(r'^not ok \d+', re.M)
SKIP = re.compile(r'^ok \d+ .*# SKIP', re.M)

passed = failed = skipped = 0
for path in sys.argv[1:]:
    try:
        lines = open(path, encoding='utf-8', errors='replace').read().splitlines()
    except OSError:
        failed += 1
        continue
    for line in lines:
        if not line.strip():
            continue
        entry = json.loads(line)
        out = entry.get('stdout') or ''
        result = entry.get('result', 'ERROR')
        ok, bad, skip = len(OK.findall(out)), len(NOT_OK.findall(out)), len(SKIP.findall(out))
        if ok + bad == 0:
            if result in ('OK', 'EXPECTEDFAIL'):
                passed += 1
            elif result == 'SKIP':
                skipped += 1
            else:
                failed += 1
            continue
        passed += ok - skip
        skipped += skip
        failed += bad
        if result not in ('OK', 'EXPECTEDFAIL', 'SKIP') and bad == 0:
            failed += 1
print(passed, failed, skipped)
