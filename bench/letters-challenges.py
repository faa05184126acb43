#!/usr/bin/env python3
"""Fetches so many challenges from the public API and solves them (bench/letters-http.sh): one
"challenge solution" a line. Run with the challenge at 0 or a few bits: the browser's cost, not the server's."""
import hashlib
import http.client
import json
import sys

host, port, count, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]


def solves(challenge, solution, bits):
    digest = hashlib.sha256((challenge + solution).encode()).digest()
    return all(not (digest[i // 8] & (0x80 >> (i % 8))) for i in range(bits))


connection = http.client.HTTPConnection(host, port)
with open(out, "w") as lines:
    for _ in range(count):
        connection.request("GET", "/api/public/letters/challenge")
        answer = json.loads(connection.getresponse().read())
        n = 0
        while not solves(answer["challenge"], str(n), answer["bits"]):
            n += 1
        lines.write(f"{answer['challenge']} {n}\n")
