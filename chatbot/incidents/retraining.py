"""Learning the school's words: refit the head with people's triage decisions, keeping it only if no worse."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

import numpy as np

from chatbot.incidents.encoder import Encoder
from chatbot.incidents.head import Head
from chatbot.incidents.learning import Figures, measure, verdicts
from chatbot.incidents.reader import Reader
from chatbot.incidents.shipped import Labelled, Shipped, embed_texts, load_training, refit
from chatbot.store.incidents import IncidentStore

logger = logging.getLogger(__name__)
KEEP_DAYS = 365  # a decision is a reply's words: kept a year to learn from, then deleted


@dataclass(frozen=True)
class Refit:
    head: Head | None  # None: refused, because it reached fewer concerns on the evaluation set
    before: Figures
    after: Figures
    examples: int


def refit_with(examples: list[tuple[str, str]], shipped: Shipped, current: Head, encoder: Encoder) -> Refit:
    """The shipped replies plus the school's decisions; judged on the shipped evaluation set against `current`."""
    texts, labels = [t for t, _ in examples], [label for _, label in examples]
    added = embed_texts(texts, encoder) if texts else np.zeros((0, shipped.training.embeddings.shape[1]))
    training = Labelled(np.vstack([shipped.training.embeddings, added]), [*shipped.training.labels, *labels],
                        [*shipped.training.cues, *([None] * len(labels))])  # fmt: skip
    head = refit(training, current.bands)
    before, after = judge(current, shipped.evaluation), judge(head, shipped.evaluation)
    worse = (
        after.reach < before.reach
        or after.leaks > before.leaks
        or any(after.recall[kind] < before.recall[kind] for kind in before.recall)
    )
    return Refit(None if worse else head, before, after, len(examples))


def judge(head: Head, evaluation: Labelled) -> Figures:
    found = verdicts(head.probabilities(evaluation.embeddings), evaluation.cues, head.bands)
    return measure(evaluation.labels, found)


def learn(store: IncidentStore, reader: Reader, now: datetime, keep_days: int = KEEP_DAYS) -> Refit:
    """Refits from the school's kept decisions; the reader (and every replica, through Redis) uses a kept head."""
    store.forget_examples(now - timedelta(days=keep_days))
    result = refit_with(store.examples(), load_training(), reader.head, reader.encoder)
    if result.head is not None and result.examples:
        store.keep_head(result.head.to_bytes())
        reader.head = result.head
        logger.info("the classifier learned from %d decisions (reach %.3f -> %.3f on the evaluation set)",
                    result.examples, result.before.reach, result.after.reach)  # fmt: skip
    elif result.examples:
        logger.warning("a refit with %d decisions was refused: it reached fewer concerns (%.3f < %.3f)",
                       result.examples, result.after.reach, result.before.reach)  # fmt: skip
    return result
