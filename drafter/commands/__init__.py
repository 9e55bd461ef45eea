"""The commands of ``drafter`` beyond the group itself, one module for each side of the work.

Like :mod:`drafter.cli`, each imports what its command needs only when the command runs, so that
``drafter --help`` loads none of the facts model, the templates or the checker.
"""
