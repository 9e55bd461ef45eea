"""All-or-nothing writes into a folder, one run at a time: drafts, review pages, ``drafter new``.

A run takes the folder's lock (``.drafter.lock``: an ``flock``, which the
kernel drops when the process dies, so a dead run never blocks the next one),
finishes or undoes whatever a run that died left there (:func:`settle`),
stages each file as a temp file beside its target, records the renames in a
journal (``.drafter.journal``), renames, and drops the journal. Drafts, review
pages, ``drafter new`` and the browser's saves all write through
:func:`transaction`::

    with transaction(folder) as txn:   # waits for the lock, settles the folder
        ...                            # read the folder: no drafter run writes it now
        txn.stage("pt.md", data)
        txn.stage(".drafter.json", manifest)
        txn.commit()                   # every file, or none (an OSError after undoing)

Every change to the disk is a call to an ``os`` function (open, write, fsync,
link, replace, unlink...), so tests kill or fail a write at any step by
replacing those functions.
"""

from .journal import JOURNAL, Transaction, Unfinished, pending, reason, settle, transaction
from .lock import LOCK, WAIT, locked

__all__ = [
    "JOURNAL",
    "LOCK",
    "WAIT",
    "Transaction",
    "Unfinished",
    "locked",
    "pending",
    "reason",
    "settle",
    "transaction",
]
