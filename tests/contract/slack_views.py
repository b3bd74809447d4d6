"""What Slack refuses in a view (views.open, views.publish): the limits its API documents, so the fake refuses
them too ("invalid_arguments") instead of opening a modal Slack would never show."""

from __future__ import annotations

import json
from typing import Any

TITLE, BUTTON, BLOCKS, LABEL, PLACEHOLDER, INPUT_LENGTH, METADATA, ID = 24, 24, 100, 2000, 150, 3000, 3000, 255


def view_errors(raw: Any) -> list[str]:
    """Each broken limit, in Slack's words; none for a view Slack would accept."""
    view = json.loads(raw) if isinstance(raw, str) else raw or {}
    errors = [f"[ERROR] must be less than {limit} characters [json-pointer:/view/{key}/text]"
              for key, limit in (("title", TITLE), ("submit", BUTTON), ("close", BUTTON))
              if len(str((view.get(key) or {}).get("text", ""))) > limit]  # fmt: skip
    blocks = view.get("blocks") or []
    if len(blocks) > BLOCKS:
        errors.append(f"[ERROR] no more than {BLOCKS} items allowed [json-pointer:/view/blocks]")
    if len(str(view.get("private_metadata", ""))) > METADATA:
        errors.append(f"[ERROR] must be less than {METADATA} characters [json-pointer:/view/private_metadata]")
    for n, block in enumerate(blocks):
        errors += [f"{e} [json-pointer:/view/blocks/{n}]" for e in _block_errors(block)]
    return errors


def _block_errors(block: dict[str, Any]) -> list[str]:
    element = block.get("element") or {}
    found = []
    if len(str(block.get("block_id", ""))) > ID or len(str(element.get("action_id", ""))) > ID:
        found.append(f"[ERROR] an id must be less than {ID} characters")
    if len(str((block.get("label") or {}).get("text", ""))) > LABEL:
        found.append(f"[ERROR] a label must be less than {LABEL} characters")
    if len(str((element.get("placeholder") or {}).get("text", ""))) > PLACEHOLDER:
        found.append(f"[ERROR] a placeholder must be less than {PLACEHOLDER} characters")
    if element.get("type") == "plain_text_input" and int(element.get("max_length", 0)) > INPUT_LENGTH:
        found.append(f"[ERROR] max_length must be at most {INPUT_LENGTH}")
    return found
