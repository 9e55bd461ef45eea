"""How a full name relates to the short name the release uses: one that only adds words to it, after or
before, stands for it in the lead, alone (:mod:`.leads`, :func:`drafter.view_names.full_article`)."""

from __future__ import annotations


def extends(name: str, full: str | None) -> bool:
    """Whether a full name only adds words to the name, after it ("Mutuelle Armoricaine d’Assurances" of
    "Mutuelle Armoricaine") or before it ("Associação Raízes do Tâmega" of "Raízes do Tâmega"): the lead
    says the full name alone, as a native writer does, not the name with the full name in brackets after
    it, which repeats most of it."""
    whole, short = (full or "").casefold(), name.casefold()
    return bool(short) and (whole.startswith(short + " ") or prefixed(name, full))


def prefixed(name: str, full: str | None) -> bool:
    """Whether a full name adds words before the name ("Associação Raízes do Tâmega"): the article and the
    gender of the lead's full name are then its own first noun's, not the name's."""
    return bool(name) and (full or "").casefold().endswith(" " + name.casefold())
