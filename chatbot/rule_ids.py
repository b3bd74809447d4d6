"""The stable rule ids: the keys of findings, of profiles and of `policy.rules` in app.yaml."""

from __future__ import annotations

TEXT_RULES = (
    "empty",
    "hidden-characters",
    "reply",
    "pupil-name",
    "targeted-content",
    "offensive-language",
    "personal-data",
    "forthcoming-visit",
    "live-location",
    "text-speak",
    "spelling",
    "negative-tone",
    "mention",
    "link",
    "collective-voice",
    "length",
    "posting-window",
    "relative-date",
)
IMAGE_RULES = (
    "image-unreadable",
    "image-metadata",
    "single-child-photo",
    "name-in-image",
    "photo-consent",
    "alt-text",
)
RULE_IDS = TEXT_RULES + IMAGE_RULES
