"""Exceptions raised by newsmetrics.

Every exception subclasses :class:`NewsmetricsError` *and* the builtin it
refines, so ``except ValueError`` and ``except TypeError`` keep working.

Examples:
    >>> import newsmetrics
    >>> try:
    ...     newsmetrics.parse("   ")
    ... except ValueError as exc:
    ...     print(type(exc).__name__)
    EmptyTextError
"""

from __future__ import annotations

__all__ = [
    "EmptyTextError",
    "NewsmetricsError",
    "NotTextError",
]


class NewsmetricsError(Exception):
    """Base class of every error newsmetrics raises on purpose."""


class EmptyTextError(NewsmetricsError, ValueError):
    """The text is empty or holds only white space.

    Raised by every public function that takes an article, so one ``except``
    clause covers them all.
    """


class NotTextError(NewsmetricsError, TypeError):
    """The input is not a ``str`` (or an :class:`~newsmetrics.Article`)."""


def describe_bad_input(value: object, *, what: str = "text") -> str:
    """Build the message for a :class:`NotTextError`.

    Args:
        value: The offending value.
        what: The name of the parameter, for the message.

    Returns:
        A sentence saying what was passed and what to pass instead.
    """
    kind = type(value).__name__
    if isinstance(value, (bytes, bytearray)):
        hint = " Decode it first, for example data.decode('utf-8')."
    else:
        hint = ""
    return (
        f"{what} must be a str (or a newsmetrics.Article from newsmetrics.parse()),"
        f" not {kind}.{hint}"
    )
