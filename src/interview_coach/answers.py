"""What counts as an answer: the limits and the checks on its text, before any model is loaded.

Kept apart from the engine so that interfaces can check and save an answer without importing the
language models (``interview-coach --help`` stays fast).
"""

from __future__ import annotations

from .errors import InvalidInput

MAX_CHARS = 20_000
MAX_QUESTION_CHARS = 1_000  # a typed-in question: one question, not a text


def clean_text(text: str) -> str:
    """Text as it can be stored and shown: lone surrogates (from broken encodings) and NUL bytes
    become U+FFFD, so saving never fails on them and nothing else of what was typed changes."""
    if "\x00" in text:
        text = text.replace("\x00", "\ufffd")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return text


class AnswerError(InvalidInput, ValueError):
    """The answer cannot be analysed at all; ``code`` says why (empty, too-long, binary)."""

    family = "answer"

    def __init__(self, code: str, message: str = ""):
        super().__init__(code, message or code)

    def __str__(self) -> str:
        return self.detail


def check_answer(answer) -> str:
    if isinstance(answer, bytes):
        try:
            answer = answer.decode("utf-8")
        except UnicodeDecodeError:
            raise AnswerError("binary", "not UTF-8 text") from None
    if not isinstance(answer, str):
        raise AnswerError("binary", "not text")
    if "\x00" in answer or sum(1 for c in answer if ord(c) < 32 and c not in "\n\r\t") > 5:
        raise AnswerError("binary", "binary data, not text")
    if len(answer) > MAX_CHARS:
        raise AnswerError("too-long", f"{len(answer)} characters; the limit is {MAX_CHARS}")
    if not answer.strip():
        raise AnswerError("empty", "empty answer")
    return answer
