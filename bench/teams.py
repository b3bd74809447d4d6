"""Section: Teams through the SDK's endpoint (signed activities, real Redis, a 2,000-pupil roster, cards sent to a
stand-in Bot Connector in another process): realistic drafts per second, photo drafts, and a card's Approve."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from bench.corpus import school_posts, write_roster
from bench.table import Goal, Row, measured
from bench.timing import Timings, one_at_a_time, percentile, reports_at
from bench.workflow import EACH_KIND, FOUR_PHOTOS, passing, photo_kinds

DRAFTS = int(os.environ.get("BENCH_DRAFTS", "300"))
APPROVALS = int(os.environ.get("BENCH_APPROVALS", "100"))
SENDERS = 10  # the Bot Connector delivers activities for many conversations at once


def _stand_in(folder: Path, files: Path) -> tuple[subprocess.Popen[str], str, Any]:
    from tests.contract.fake_teams_api import FakeTeams

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = folder / "key.pem"
    pem.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption()))  # fmt: skip
    process = subprocess.Popen([sys.executable, "-m", "tests.contract.fake_teams_api", str(pem), str(files)],
                               stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert process.stdout is not None
    return process, process.stdout.readline().strip(), FakeTeams(key=key)


def _start(url: str, redis_url: str, roster: Path) -> Any:
    from tests.contract.fake_teams_api import APP_ID, CLIENT_SECRET, TENANT
    from tests.contract.teams_bot import HEAD, free_port, teams_settings

    os.environ.update(TEAMS_APP_ID=APP_ID, TEAMS_APP_PASSWORD=CLIENT_SECRET, TEAMS_TENANT_ID=TENANT, TEAMS_API_URL=url)
    from handlers.teams.wiring import start_teams

    # no group: Graph is not what is measured
    settings = teams_settings(redis_url, {"policy": {"roster": str(roster)}}, approvers={"users": [HEAD]})
    running = start_teams(settings, free_port(), host="127.0.0.1")
    running.start()
    return running


def _post(client: httpx.Client, endpoint: str, body: dict[str, Any], token: str) -> tuple[float, float]:
    """(delivered, answered) on the monotonic clock: Teams has its answer when the endpoint's response comes."""
    delivered = time.perf_counter()
    answer = client.post(endpoint, json=body, headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 200, answer.text
    return delivered, time.perf_counter()


def _thread(n: int) -> str:
    from tests.contract.teams_bot import CHANNEL

    return f"{CHANNEL};messageid={1795428000000 + n}"


def _draft(url: str, n: int, text: str, attachments: list[dict[str, str]] | None = None) -> dict[str, Any]:
    from html import escape

    from tests.contract.teams_bot import CHANNEL, activity

    message = str(1795428000000 + n)
    changes: dict[str, Any] = {"attachments": attachments} if attachments else {}
    return activity(
        "message",
        url,
        id=message,
        conversation__id=f"{CHANNEL};messageid={message}",
        text=f"<p>{escape(text)}</p>",
        **changes,
    )


def _approve(url: str, n: int) -> dict[str, Any]:
    from tests.contract.teams_bot import HEAD, activity

    return activity(
        "card_action",
        url,
        id=f"f:bench-{n}",
        from__aadObjectId=HEAD,
        value__action__data={"draft": str(1795428000000 + n)},
    )


def _pictures(url: str, names: list[str]) -> list[dict[str, str]]:
    return [{"contentType": "image/*", "contentUrl": f"{url}/files/{name}", "name": name} for name in names]


@dataclass
class Figures:
    rate: float
    acks: list[float]
    reports: list[float]
    photos: Timings
    approvals: list[float]
    published: int


def _texts(post: Any, url: str, posts: list[str]) -> tuple[float, list[float], list[float]]:
    """Every post at once from the senders: (drafts per second, answer and report seconds)."""
    start = time.perf_counter()
    with ThreadPoolExecutor(SENDERS) as pool:
        timings = list(pool.map(lambda n: post(_draft(url, n, posts[n])), range(len(posts))))
    reports = reports_at(url, {_thread(n): delivered for n, (delivered, _) in enumerate(timings)})
    last = max(delivered + report for (delivered, _), report in zip(timings, reports, strict=True))
    return len(posts) / (last - start), [answered - delivered for delivered, answered in timings], reports


def _measure(folder: Path) -> Figures:
    from tests.redis_server import RedisServer

    roster, posts, files = write_roster(folder), school_posts()[:DRAFTS], folder / "files"
    files.mkdir()
    kinds = photo_kinds(files)
    redis_server = RedisServer(folder, fsync="everysec")
    redis_server.start()
    stand_in, url, signer = _stand_in(folder, files)
    running = None
    try:
        running = _start(url, redis_server.url, roster)
        endpoint, token = f"http://127.0.0.1:{running.server.port}/api/messages", signer.sign(url)
        with httpx.Client(timeout=60) as client:
            post = lambda body: _post(client, endpoint, body, token)  # noqa: E731
            rate, acks, reports = _texts(post, url, posts)
            send = lambda n, names: post(_draft(url, n, "Our classroom today!", _pictures(url, names)))  # noqa: E731
            photos = one_at_a_time(kinds, EACH_KIND, len(posts), send, _thread, url)
            approvals = [
                answered - delivered
                for delivered, answered in (post(_approve(url, n)) for n in passing(posts, roster)[:APPROVALS])
            ]
        running.service.background.drain(60)  # approvals are published on the pool, after Teams has its answer
        return Figures(rate, acks, reports, photos, approvals, len(running.service.publisher.posted))
    finally:
        if running is not None:
            running.close()
        stand_in.terminate()
        stand_in.wait(timeout=10)
        redis_server.stop()


def _photo_rows(photos: Timings) -> list[Row]:
    rows = []
    for kind, (answers, reports) in photos.items():
        worst = f"worst of {EACH_KIND}"
        rows.append(
            measured(
                "teams", f"draft with {kind}: answered, {worst}", max(answers) * 1000, " ms", 0, goal=Goal(500, " ms")
            )
        )
        goal = FOUR_PHOTOS if kind.startswith("four") else ""
        rows.append(
            measured(
                "teams", f"draft with {kind}: report card in the thread, {worst}", max(reports), " s", 2, goal=goal
            )
        )
    return rows


def run() -> list[Row]:
    with tempfile.TemporaryDirectory() as folder:
        figures = _measure(Path(folder))
    approved = len(figures.approvals)
    scope = f"{DRAFTS} realistic posts at once, {SENDERS} senders, 2,000 pupils, real Redis"
    ms = [t * 1000 for t in figures.acks]
    return [
        measured(
            "teams",
            f"text drafts handled per second ({scope})",
            figures.rate,
            " /s",
            0,
            goal=Goal(50, " /s", at_least=True),
        ),
        measured("teams", "text draft: answered, p99", percentile(ms, 99), " ms", 0, goal=Goal(500, " ms")),
        measured(
            "teams",
            "text draft: report card in the thread, p99 (all at once)",
            percentile(figures.reports, 99) * 1000,
            " ms",
            0,
        ),
        *_photo_rows(figures.photos),
        measured(
            "teams",
            f"card Approve → answered (then published on the pool, dry run), p50 ({approved})",
            percentile(figures.approvals, 50) * 1000,
            " ms",
            0,
        ),
        measured(
            "teams",
            "card Approve → answered, p99",
            percentile(figures.approvals, 99) * 1000,
            " ms",
            0,
            goal=Goal(2000, " ms"),
        ),
        Row("teams", "posts published (dry run; one per approval)", f"{figures.published} of {approved}"),
    ]
