"""What approvers and staff are told about templates: pre-approved wording kept by name."""

from __future__ import annotations

ONLY_APPROVERS_TEMPLATES = "Only the school's approvers can add or remove templates."
TEMPLATE_HOW = (
    "Say the name and the words, e.g. `/countersign template add snow School is closed today because of snow.`"
)


def template_list(names: list[str]) -> str:
    if not names:
        return "No templates yet. Approvers add them with `/countersign template add NAME the words…`."
    return (
        "Templates: " + ", ".join(f"`{n}`" for n in names) + ". `/countersign template NAME` opens the form with one."
    )


def template_saved(name: str) -> str:
    return (
        f"Template `{name}` saved. A draft made from it is still checked and still needs an approval: "
        f"`/countersign template {name}` opens the form with its words."
    )


def template_removed(name: str) -> str:
    return f"Template `{name}` removed."


def template_unknown(name: str, names: list[str]) -> str:
    known = ", ".join(f"`{n}`" for n in names) or "none yet"
    return f"There is no template called `{name}` (templates: {known})."
