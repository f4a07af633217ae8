#!/usr/bin/env python3
"""Service CPU time per request, for one endpoint, from one client on one keep-alive connection.

Throughput at saturation on a 2-core machine that the service, PostgreSQL and the load driver share swings by a fifth
between identical runs; the CPU time the service process spends per request (utime + stime from /proc, all its
threads) is far steadier, so it is what this compares between two builds.

usage: cpu-per-request.py PORT PID TOKEN PATH [REQUESTS]
  warms up with 3 x REQUESTS, then measures three rounds of REQUESTS and prints each and the lowest.
"""
import http.client
import os
import sys
import time


def cpu_seconds(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run(port, token, path, count):
    connection = http.client.HTTPConnection("127.0.0.1", port)
    for _ in range(count):
        connection.request("GET", path, headers={"Authorization": "Bearer " + token})
        response = connection.getresponse()
        response.read()
        if response.status != 200:
            raise SystemExit(f"GET {path} answered {response.status}")
    connection.close()


def main():
    port, pid, token, path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
    count = int(sys.argv[5]) if len(sys.argv) > 5 else 4000
    run(port, token, path, 3 * count)
    rounds = []
    for number in range(3):
        before, started = cpu_seconds(pid), time.time()
        run(port, token, path, count)
        cpu = (cpu_seconds(pid) - before) / count * 1e6
        wall = (time.time() - started) / count * 1e6
        rounds.append(cpu)
        print(f"round {number}: service CPU {cpu:.0f} us/request, wall {wall:.0f} us/request")
    print(f"lowest: {min(rounds):.0f} us/request")


if __name__ == "__main__":
    main()
