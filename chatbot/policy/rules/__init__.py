"""The policy rules, one module per concern; `chatbot.policy.registry` lists which run and in what order."""
