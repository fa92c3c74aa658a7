"""The question bank: questions, rubric and preparation in hr/de/en, loaded from validated YAML packs."""

from .errors import BankError, Problem
from .loader import core_pack_dir, default_bank, load_bank, load_pack
from .model import Bank, Question, QuestionText, UnknownQuestion

__all__ = ["Bank", "BankError", "Problem", "Question", "QuestionText", "UnknownQuestion",
           "core_pack_dir", "default_bank", "load_bank", "load_pack"]
