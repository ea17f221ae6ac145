#!/usr/bin/env python3
"""Turns innotrack's schema (sqlite3 FILE .schema, on stdin) into the physical reference's: the
same tables, keys and indexes without the CHECK constraints, because the sqlite3 shell's .import
writes an absent value as '' where innotrack writes NULL, and the date checks would refuse it."""
import re
import sys


def strip_checks(sql: str) -> str:
    out, i = [], 0
    pattern = re.compile(r',\s*(CONSTRAINT\s+"[^"]*"\s+)?CHECK\s*\(', re.S)
    while True:
        match = pattern.search(sql, i)
        if not match:
            out.append(sql[i:])
            return ''.join(out)
        out.append(sql[i:match.start()])
        depth, j = 1, match.end()
        while depth:
            depth += {'(': 1, ')': -1}.get(sql[j], 0)
            j += 1
        i = j


sys.stdout.write(strip_checks(sys.stdin.read()))
