"""The evidence snapshot: a picture of a post as it was seen (a "screen print"), drawn with Pillow."""

from __future__ import annotations

import io
import textwrap
from datetime import datetime
from zoneinfo import ZoneInfo

from PIL import Image, ImageDraw, ImageFont

from chatbot.incidents.model import Evidence

WIDTH, MARGIN, LINE = 1000, 40, 40
MAX_LINES = 40  # a longer post is cut in the picture; the words are kept whole in the evidence record


class PillowSnapshot:
    """Implements chatbot.incidents.ports.SnapshotRenderer."""

    def __init__(self, zone: ZoneInfo) -> None:
        self._zone = zone
        self._big, self._text, self._small = (ImageFont.load_default(size=s) for s in (30, 28, 22))

    def render(self, evidence: Evidence, incident_id: str) -> bytes:
        lines = _wrapped(evidence.content)
        height = MARGIN * 2 + 110 + LINE * len(lines) + 90
        image = Image.new("RGB", (WIDTH, height), "white")
        draw = ImageDraw.Draw(image)
        draw.rectangle((0, 0, WIDTH - 1, height - 1), outline=(200, 200, 200), width=2)
        draw.text((MARGIN, MARGIN), evidence.author, fill=(15, 20, 25), font=self._big)
        draw.text(
            (MARGIN, MARGIN + 45), _times(evidence.occurred_at, self._zone), fill=(90, 100, 110), font=self._small
        )
        for n, line in enumerate(lines):
            draw.text((MARGIN, MARGIN + 110 + LINE * n), line, fill=(15, 20, 25), font=self._text)
        footer = f"Evidence kept by Countersign, incident {incident_id}. {evidence.link or ''}".strip()
        draw.text((MARGIN, height - MARGIN - 30), footer, fill=(90, 100, 110), font=self._small)
        output = io.BytesIO()
        image.save(output, "PNG")
        return output.getvalue()


def _wrapped(content: str) -> list[str]:
    lines = [line for paragraph in content.splitlines() or [""] for line in textwrap.wrap(paragraph, 60) or [""]]
    return lines[:MAX_LINES] + (["…"] if len(lines) > MAX_LINES else [])


def _times(moment: datetime, zone: ZoneInfo) -> str:
    local = moment.astimezone(zone)
    return f"{moment:%-d %B %Y, %H:%M} UTC · {local:%H:%M} {zone.key.split('/')[-1]} time"
