"""Section: Teams drafts per second through the SDK's endpoint (signed activities, real Redis, report cards
sent to a stand-in Bot Connector in another process), and a card's Approve → answered (published) latency."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from bench.table import Row
from bench.text_checks import percentile

DRAFTS = int(os.environ.get("BENCH_DRAFTS", "300"))
APPROVALS = int(os.environ.get("BENCH_APPROVALS", "100"))
SENDERS = 10  # the Bot Connector delivers activities for many conversations at once


def _stand_in(folder: Path) -> tuple[subprocess.Popen[str], str, Any]:
    from tests.contract.fake_teams_api import FakeTeams

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = folder / "key.pem"
    pem.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption()))  # fmt: skip
    process = subprocess.Popen([sys.executable, "-m", "tests.contract.fake_teams_api", str(pem)],
                               stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert process.stdout is not None
    return process, process.stdout.readline().strip(), FakeTeams(key=key)


def _start(url: str, redis_url: str) -> Any:
    from tests.contract.fake_teams_api import APP_ID, CLIENT_SECRET, TENANT
    from tests.contract.teams_bot import HEAD, free_port, teams_settings

    os.environ.update(TEAMS_APP_ID=APP_ID, TEAMS_APP_PASSWORD=CLIENT_SECRET, TEAMS_TENANT_ID=TENANT, TEAMS_API_URL=url)
    from handlers.teams.wiring import start_teams

    settings = teams_settings(redis_url, approvers={"users": [HEAD]})  # no group: Graph is not what is measured
    running = start_teams(settings, free_port(), host="127.0.0.1")
    running.start()
    return running


def _post(client: httpx.Client, endpoint: str, body: dict[str, Any], token: str) -> float:
    start = time.perf_counter()
    answer = client.post(endpoint, json=body, headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 200, answer.text
    return (time.perf_counter() - start) * 1000


def _draft(url: str, n: int) -> dict[str, Any]:
    from tests.contract.teams_bot import CHANNEL, activity

    message = str(1795428000000 + n)
    return activity("message", url, id=message, conversation__id=f"{CHANNEL};messageid={message}",
                    text=f"<p>Year 3 made {n} volcanoes this week. What a wonderful mess!</p>")  # fmt: skip


def _approve(url: str, n: int) -> dict[str, Any]:
    from tests.contract.teams_bot import HEAD, activity

    return activity("card_action", url, id=f"f:bench-{n}", from__aadObjectId=HEAD,
                    value__action__data={"draft": str(1795428000000 + n)})  # fmt: skip


def run() -> list[Row]:
    from tests.redis_server import RedisServer

    with tempfile.TemporaryDirectory() as folder:
        redis_server = RedisServer(Path(folder), fsync="everysec")
        redis_server.start()
        stand_in, url, signer = _stand_in(Path(folder))
        running = None
        try:
            running = _start(url, redis_server.url)
            endpoint, token = f"http://127.0.0.1:{running.server.port}/api/messages", signer.sign(url)
            with httpx.Client(timeout=60) as client, ThreadPoolExecutor(SENDERS) as pool:
                start = time.perf_counter()
                list(pool.map(lambda n: _post(client, endpoint, _draft(url, n), token), range(DRAFTS)))
                rate = DRAFTS / (time.perf_counter() - start)
                latencies = [_post(client, endpoint, _approve(url, n), token) for n in range(APPROVALS)]
            published = len(running.service.publisher.posted)
        finally:
            if running is not None:
                running.close()
            stand_in.terminate()
            stand_in.wait(timeout=10)
            redis_server.stop()
    measure = f"drafts handled per second ({DRAFTS} signed activities, {SENDERS} senders, card sent, real Redis)"
    return [
        Row("teams", measure, f"{rate:.0f} /s", "≥ 50 /s"),
        Row("teams", f"card Approve → answered, published, p50 ({APPROVALS})", f"{percentile(latencies, 50):.0f} ms"),
        Row("teams", "card Approve → answered, published, p99", f"{percentile(latencies, 99):.0f} ms", "≤ 2,000 ms"),
        Row("teams", "drafts published (one per approval)", f"{published} of {APPROVALS}"),
    ]
