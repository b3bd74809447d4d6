"""The rules that exist, in the order their findings are reported; a profile decides which of them run."""

from __future__ import annotations

from chatbot.policy.rule import Rule
from chatbot.policy.rules import (
    consent,
    dates,
    handles,
    images,
    length,
    links,
    offensive,
    personal_data,
    presence,
    pupil_names,
    spelling,
    targeted,
    text_speak,
    tone,
    trips,
    voice,
    window,
)

ALL_RULES: tuple[Rule, ...] = (
    presence.check_empty,
    presence.check_hidden_characters,
    handles.check_reply,
    pupil_names.check_pupil_names,
    targeted.check_targeted_content,
    offensive.check_offensive_language,
    personal_data.check_personal_data,
    trips.check_forthcoming_visit,
    trips.check_live_location,
    text_speak.check_text_speak,
    spelling.check_spelling,
    tone.check_negative_tone,
    handles.check_mention,
    links.check_links,
    voice.check_collective_voice,
    length.check_length,
    window.check_posting_window,
    dates.check_relative_dates,
    images.check_image_unreadable,
    images.check_name_in_image,
    consent.check_photo_consent,
    images.check_single_child_photo,
    images.check_alt_text,
    images.check_image_metadata,
)
