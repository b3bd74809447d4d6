"""What the bot says in Teams: posts and card updates in channels and threads, and 1:1 chats with named people."""

from __future__ import annotations

import logging
import threading
from typing import Any

from handlers.teams.cards import CARD_TYPE, Card
from handlers.teams.connector import CardRefused, Connector
from handlers.teams.sdk import Account, ApiClient, Attachment, CreateConversationParams, MessageActivityInput

logger = logging.getLogger(__name__)
WORDS_LIMIT = 20_000  # characters: a card's words posted alone stay well inside Teams' 100 KB (UTF-16)


def thread(channel: str, root: str) -> str:
    """A channel post's thread: Teams addresses it as the channel's id with the post's id appended."""
    return f"{channel};messageid={root}"


def words_of(content: Card, text: str) -> str:
    """A card Teams refused, as words: its text blocks in order (no buttons), or the summary; never over the size
    Teams takes."""
    said = "\n\n".join(_texts(content.get("body", []))) or text
    return said if len(said) <= WORDS_LIMIT else said[: WORDS_LIMIT - 1] + "…"


def _texts(node: Any) -> list[str]:
    if isinstance(node, list):
        return [text for item in node for text in _texts(item)]
    if not isinstance(node, dict) or node.get("type") == "ActionSet":
        return []
    own = [str(node["text"])] if node.get("type") == "TextBlock" and node.get("text") else []
    return own + [text for key, value in node.items() if key != "text" for text in _texts(value)]


def message(text: str, content: Card | None = None) -> MessageActivityInput:
    """`text` is what a phone's notification shows; the card, when there is one, is what the channel sees."""
    cards = [Attachment(content_type=CARD_TYPE, content=content)] if content is not None else None
    return MessageActivityInput(text=text if content is None else "", summary=text, attachments=cards)


class Outbox:
    def __init__(self, api: ApiClient, connector: Connector, tenant: str | None, roster_conversation: str) -> None:
        self._api, self.connector, self._tenant, self._roster = api, connector, tenant, roster_conversation
        self._chats: dict[str, str] = {}
        self._lock = threading.Lock()

    def post(self, conversation: str, text: str, content: Card | None = None) -> str:
        try:
            return self._create(conversation, message(text, content))
        except CardRefused as refusal:
            if content is None:
                raise
            logger.error("Teams refused a card (%s); its words were posted without the card", refusal)
            return self._create(conversation, message(words_of(content, text)))

    def update(self, conversation: str, activity_id: str, text: str, content: Card) -> None:
        try:
            self._update(conversation, activity_id, message(text, content))
        except CardRefused as refusal:
            logger.error("Teams refused a card (%s); its words replaced it", refusal)
            self._update(conversation, activity_id, message(words_of(content, text)))

    def _create(self, conversation: str, activity: MessageActivityInput) -> str:
        sent = self.connector.call(lambda: self._api.conversations.create_activity(conversation, activity))
        return str(sent.id)

    def _update(self, conversation: str, activity_id: str, activity: MessageActivityInput) -> None:
        self.connector.call(lambda: self._api.conversations.update_activity(conversation, activity_id, activity))

    def post_image(self, conversation: str, text: str, url: str, name: str) -> str:
        picture = Attachment(content_type="image/png", content_url=url, name=name)
        activity = MessageActivityInput(text=text, attachments=[picture])
        sent = self.connector.call(lambda: self._api.conversations.create_activity(conversation, activity))
        return str(sent.id)

    def direct(self, user: str, text: str, content: Card | None = None) -> str:
        """A message in the bot's 1:1 chat with `user` (an Entra ID object id), started if need be."""
        return self.post(self.chat_with(user), text, content)

    def chat_with(self, user: str) -> str:
        with self._lock:
            if user not in self._chats:
                self._chats[user] = self._open_chat(user)
            return self._chats[user]

    def _open_chat(self, user: str) -> str:
        member: Any = self.connector.call(lambda: self._api.conversations.get_member_by_id(self._roster, user))
        params = CreateConversationParams(members=[Account(id=member.id)], tenant_id=self._tenant,
                                          channel_data={"tenant": {"id": self._tenant}})  # fmt: skip
        created = self.connector.call(lambda: self._api.conversations.create(params))
        return str(created.id)
