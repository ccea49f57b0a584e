"""How fast `skyledger serve` answers with a large ledger (a benchmark, not a test).

    .venv/bin/python benchmarks/bench_serve.py                 # 100,000 claims, 20 clients
    .venv/bin/python benchmarks/bench_serve.py --db postgresql://postgres@127.0.0.1:5432/bench

1. Builds a ledger of synthetic reports (Air Force, wire, Defence Ministry and
   governor styles, one set per night, each figure with its evidence span)
   until it holds ``--claims`` claims, and builds the events.
2. Starts `skyledger serve` on a free loopback port, in its own process.
3. Asks each URL once (the cold answer, printed), then sends ``--requests``
   requests per endpoint from ``--clients`` concurrent keep-alive clients,
   rotating over a few filter combinations, and prints p50 / p95 / p99 latency
   and throughput. Clients accept gzip, as browsers and HTTP libraries do
   (``--no-gzip`` to ask for plain bodies, as curl does).

Only 127.0.0.1 is contacted; the request count and the time are bounded.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import httpx

from skyledger.models import AirAttack, Casualties, Document, Evidence
from skyledger.store import Ledger

UA_REGIONS = [("UA-63", "Kharkiv"), ("UA-51", "Odesa"), ("UA-12", "Dnipropetrovsk"), ("UA-59", "Sumy"),
              ("UA-32", "Kyiv"), ("UA-74", "Chernihiv"), ("UA-23", "Zaporizhzhia"), ("UA-48", "Mykolaiv"),
              ("UA-53", "Poltava"), ("UA-18", "Zhytomyr"), ("UA-05", "Vinnytsia"), ("UA-71", "Cherkasy")]
RU_REGIONS = [("RU-BEL", "Belgorod"), ("RU-KRS", "Kursk"), ("RU-BRY", "Bryansk"), ("RU-VOR", "Voronezh"),
              ("RU-ROS", "Rostov"), ("RU-MOS", "Moscow"), ("RU-KDA", "Krasnodar"), ("RU-ORL", "Oryol"),
              ("RU-KLU", "Kaluga"), ("RU-TUL", "Tula")]
PAGES = ["/", "/?weapon=drone", "/?attacker=UA&target=RU", "/?weapon=missile&since=2025-01-01"]
SERIES = ["/api/v1/series", "/api/v1/series?weapon=drone", "/api/v1/series?freq=week",
          "/api/v1/series?attacker=UA&target=RU&format=csv"]


class Report:
    """Text built sentence by sentence, each figure's span and sentence recorded as it is written."""

    def __init__(self):
        self.text, self.claims = "", []

    def sentence(self, parts: list, **shared) -> None:
        start = len(self.text) + (1 if self.text else 0)
        if self.text:
            self.text += " "
        pending, body = [], ""
        for part in parts:
            if isinstance(part, str):
                body += part
            else:  # (count, claim fields): the count is written here
                number = f"{part[0]:,}"
                pending.append((start + len(body), start + len(body) + len(number), part))
                body += number
        self.text += body
        for begin, end, (count, fields) in pending:
            model = Casualties if fields.get("kind") == "casualties" else AirAttack
            claim = model(count=count, **{k: v for k, v in {**shared, **fields}.items() if k != "kind"})
            claim.evidence = Evidence(start=begin, end=end, sentence=body, sentence_start=start,
                                      sentence_end=start + len(body))
            self.claims.append(claim)


def night_reports(day: date, rng: random.Random) -> list[tuple[Document, list]]:
    when = day.isoformat()
    drones, missiles = rng.randint(40, 700), rng.choice([0, 0, 0, 2, 5, 12, 40])
    down_d, down_m = int(drones * rng.uniform(0.6, 0.95)), int(missiles * rng.uniform(0.4, 0.9))
    lost = rng.randint(0, drones - down_d)
    ru_ua = dict(attacker="RU", target="UA", date=day, claimant="UA Air Force")
    air = Report()
    air.sentence(["In the night into ", when, ", the enemy attacked with ",
                  (drones, dict(weapon="drone", metric="launched")), " strike drones and ",
                  (missiles, dict(weapon="missile", metric="launched")), " missiles."], **ru_ua)
    air.sentence(["Air defence shot down ", (down_d, dict(weapon="drone", metric="defeated")), " drones and ",
                  (down_m, dict(weapon="missile", metric="defeated")), " missiles; ",
                  (lost, dict(weapon="drone", metric="lost")), " drones were locationally lost."], **ru_ua)
    for code, name in UA_REGIONS:
        air.sentence([f"Over the {name} region, ", (rng.randint(1, 60), dict(weapon="drone", metric="defeated",
                                                                             region=code)), " were downed."], **ru_ua)
    wires = []
    for outlet, slack in (("wire", 0), ("news agency", 3)):  # a second outlet, sometimes off by a few: conflicts
        wire = Report()
        wire.sentence(["Russia fired ", (drones + rng.choice([0, 0, slack]), dict(weapon="drone", metric="launched")),
                       " drones and ", (missiles, dict(weapon="missile", metric="launched")),
                       " missiles at Ukraine overnight; more than ",
                       (round(down_d, -1), dict(weapon="drone", metric="defeated", qualifier="at_least")),
                       " drones and ", (down_m, dict(weapon="missile", metric="defeated")), " missiles were downed."],
                      **ru_ua)
        wires.append((wire, outlet, "en"))
    mod = Report()
    ua_ru = dict(attacker="UA", target="RU", date=day, weapon="drone", metric="defeated",
                 claimant="RU Ministry of Defence")
    for regions, when_said in ((RU_REGIONS, "overnight"), (rng.sample(RU_REGIONS, 6), "during the day")):
        total = 0
        for code, name in regions:
            k = rng.randint(1, 45)
            total += k
            mod.sentence(["Air defence systems destroyed ", (k, dict(region=code)),
                          f" Ukrainian UAVs over the {name} region {when_said}."], **ua_ru)
        mod.sentence(["In all, ", (total, {}), f" Ukrainian drones were intercepted {when_said}."], **ua_ru)
    local = Report()
    for code, name in rng.sample(UA_REGIONS, 8):
        local.sentence([f"The {name} regional administration said ", (rng.randint(1, 40), dict(region=code)),
                        " drones were destroyed over the region."],
                       **{**ru_ua, "weapon": "drone", "metric": "defeated", "claimant": "regional administration"})
    gov = Report()
    for code, name in UA_REGIONS:
        gov.sentence([f"In the {name} region, ", (rng.randint(0, 6), dict(kind="casualties", outcome="killed")),
                      " people were killed and ", (rng.randint(1, 30), dict(kind="casualties", outcome="injured")),
                      " injured."], region=code, date=day, attacker="RU", claimant="regional governor")
    sources = [(air, "air_force", "uk"), *wires, (mod, "defence_ministry", "ru"), (gov, "governor", "uk"),
               (local, "local_news", "uk")]
    return [(Document(text=r.text, published=day, lang=lang, source=source), r.claims) for r, source, lang in sources]


def build(url: str, target_claims: int) -> Ledger:
    ledger = Ledger(url)
    have = sum(v for k, v in ledger.counts().items() if k != "documents")
    if have >= target_claims:
        print(f"ledger already holds {have:,} claims")
        return ledger
    rng, day, started = random.Random(7), date(2022, 2, 24), time.perf_counter()
    while have < target_claims:
        for doc, claims in night_reports(day, rng):
            if ledger.add(doc, claims):
                have += len(claims)
        day += timedelta(days=1)
    print(f"built {have:,} claims up to {day} in {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    try:
        from skyledger.reconcile import reconcile
    except ImportError:
        print("skyledger.reconcile is not available: no events built")
    else:
        reconcile(ledger)
        print(f"reconciled events in {time.perf_counter() - started:.1f} s")
    return ledger


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(url: str, port: int) -> subprocess.Popen:
    env = {**os.environ, "SKYLEDGER_DATABASE_URL": url}
    server = subprocess.Popen([sys.executable, "-m", "skyledger", "serve", "--port", str(port), "--no-reconcile"],
                              env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v1/openapi.json", timeout=2).status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("the server did not start")


class Connection:
    """A bare HTTP/1.1 keep-alive client: a load generator must cost less than the server it measures
    (httpx's async client spent more CPU per request than the server did, on the same two cores)."""

    def __init__(self, port: int, gzip: bool):
        self.port, self.gzip = port, gzip
        self.reader = self.writer = None

    async def get(self, path: str) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        accept = "Accept-Encoding: gzip\r\n" if self.gzip else ""
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{accept}\r\n".encode())
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        length = next(int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                      if line.lower().startswith(b"content-length:"))
        await self.reader.readexactly(length)
        return status

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


async def load(port: int, paths: list[str], args) -> tuple[list[float], float]:
    latencies: list[float] = []
    deadline = time.monotonic() + args.budget
    counter = iter(range(args.requests))

    async def client(number: int):
        connection = Connection(port, not args.no_gzip)
        try:
            for i in counter:
                if time.monotonic() > deadline:
                    return
                path = paths[(i + number) % len(paths)]
                started = time.perf_counter()
                status = await connection.get(path)
                latencies.append(time.perf_counter() - started)
                if status != 200:
                    raise SystemExit(f"{status} from {path}")
        finally:
            connection.close()

    started = time.perf_counter()
    await asyncio.gather(*(client(n) for n in range(args.clients)))
    return latencies, time.perf_counter() - started


def percentile(values: list[float], p: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(p) - 1] if len(values) > 1 else values[0]


def measure(port: int, name: str, paths: list[str], args) -> None:
    for path in paths:
        started = time.perf_counter()
        httpx.get(f"http://127.0.0.1:{port}{path}", timeout=300).raise_for_status()
        print(f"  first (cold) {path}: {1000 * (time.perf_counter() - started):.0f} ms")
    latencies, elapsed = asyncio.run(load(port, paths, args))
    ms = [1000 * v for v in latencies]
    print(f"{name:>16}: {len(ms)} requests, {args.clients} clients, {len(ms) / elapsed:.0f} req/s | "
          f"p50 {percentile(ms, 50):.1f} ms  p95 {percentile(ms, 95):.1f} ms  p99 {percentile(ms, 99):.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", help="ledger URL or SQLite path (default: a temporary SQLite file)")
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=2000, help="requests per endpoint")
    parser.add_argument("--budget", type=float, default=120, help="seconds at most per endpoint")
    parser.add_argument("--no-gzip", action="store_true", help="ask for uncompressed answers (as curl does)")
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # progress shows even when the output is a file
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or str(Path(tmp) / "bench.db")
        build(url, args.claims).close()
        port = free_port()
        server = start_server(url, port)
        try:
            measure(port, "overview /", PAGES, args)
            measure(port, "/api/v1/series", SERIES, args)
        finally:
            server.terminate()
            server.wait(10)


if __name__ == "__main__":
    main()
