"""The mention poller's work: read what was said to the account since the cursor, and raise what worries."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from chatbot.incidents.classifier import Classification, classify
from chatbot.incidents.desk import IncidentDesk
from chatbot.incidents.model import Evidence
from chatbot.incidents.ports import Mention, MentionSource, ReadCounter
from chatbot.incidents.reader import Reader
from chatbot.policy.context import PolicyContext

logger = logging.getLogger(__name__)
FIRST_PAGE = 20  # the first run looks back this far only
PAGE, MAX_PAGES = 100, 10


@dataclass(frozen=True)
class MentionReport:
    read: int
    raised: int
    triaged: int = 0


class MentionWatch:
    def __init__(self, desk: IncidentDesk, source: MentionSource, ctx: PolicyContext, reads: ReadCounter,
                 reader: Reader) -> None:  # fmt: skip
        self.desk, self._source, self._ctx, self._reads, self._reader = desk, source, ctx, reads, reader

    @property
    def network(self) -> str:
        return self._source.name

    def poll(self, now: datetime) -> MentionReport:
        network = self._source.name
        since = self.desk.store.cursor(network)
        mentions = self._read(since, now)
        routes = [self._consider(mention, now) for mention in reversed(mentions)]  # oldest first
        if mentions:  # after raising: a crash re-reads, and each post raises at most one incident
            self.desk.store.set_cursor(mentions[0].id, network)
        report = MentionReport(len(mentions), routes.count("auto"), routes.count("triage"))
        self.desk.store.tally({"read": report.read, "raised": report.raised, "triaged": report.triaged}, now)
        logger.info("mention poll read %d posts from %s: raised %d, for a person to decide %d", report.read,
                    network, report.raised, report.triaged)  # fmt: skip
        return report

    def _read(self, since: str | None, now: datetime) -> list[Mention]:
        found: list[Mention] = []
        token = None
        try:
            for _ in range(MAX_PAGES if since else 1):
                page = self._source.mentions(since, PAGE if since else FIRST_PAGE, token)
                found.extend(page.mentions)
                token = page.next_token
                if not token:
                    break
        finally:
            if self._source.read_cost:  # only a network that charges per item read keeps count
                self._reads.count_reads("mentions", len(found), now)
        return found

    def _consider(self, mention: Mention, now: datetime) -> str:
        """ "auto" or "triage" when it went to people (or is kept for them), "" when confidently nothing."""
        found = classify(mention.text, self._ctx, self._reader)
        if found is None:  # kept a fortnight for the DSL's weekly check, the measure of what is missed
            self.desk.store.keep_unraised({"id": mention.id, "text": mention.text, "author": mention.author,
                                           "link": mention.link, "at": mention.created_at.isoformat(),
                                           "network": self._source.name}, now)  # fmt: skip
            return ""
        evidence = self._evidence(mention, found, now)
        return found.route if self.desk.raise_incident(evidence).status in ("done", "undeliverable") else ""

    def _evidence(self, mention: Mention, found: Classification, now: datetime) -> Evidence:
        network = self._source.name
        post_id = mention.id if network == "X" else f"{network.lower()}:{mention.id}"  # unique across networks
        return Evidence(found.kind, "mention", mention.text, mention.author, mention.link, mention.created_at, now,
                        found.reasons, post_id=post_id, network=network, route=found.route,
                        confidence=round(found.confidence, 3))  # fmt: skip
