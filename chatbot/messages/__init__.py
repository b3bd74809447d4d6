"""Every sentence Countersign says to people, in one place, in plain words a teacher would use.

One module per audience; `from chatbot import messages` reaches them all.
"""

from chatbot.messages.findings import *  # noqa: F403
from chatbot.messages.followers import *  # noqa: F403
from chatbot.messages.incidents import *  # noqa: F403
from chatbot.messages.outgoing import *  # noqa: F403
from chatbot.messages.practice import *  # noqa: F403
from chatbot.messages.serving import *  # noqa: F403
from chatbot.messages.templates import *  # noqa: F403
from chatbot.messages.timing import *  # noqa: F403
from chatbot.messages.workflow import *  # noqa: F403
