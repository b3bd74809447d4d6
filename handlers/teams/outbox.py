"""What the bot says in Teams: posts and card updates in channels and threads, and 1:1 chats with named people."""

from __future__ import annotations

import threading
from typing import Any

from handlers.teams.cards import CARD_TYPE, Card
from handlers.teams.connector import Connector
from handlers.teams.sdk import Account, ApiClient, Attachment, CreateConversationParams, MessageActivityInput


def thread(channel: str, root: str) -> str:
    """A channel post's thread: Teams addresses it as the channel's id with the post's id appended."""
    return f"{channel};messageid={root}"


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
        activity = message(text, content)
        sent = self.connector.call(lambda: self._api.conversations.create_activity(conversation, activity))
        return str(sent.id)

    def update(self, conversation: str, activity_id: str, text: str, content: Card) -> None:
        activity = message(text, content)
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
