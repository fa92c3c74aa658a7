"""interview-coach: practise customer-service job interviews in hr, de and en, offline."""

__version__ = "0.1.0"

LANGUAGES = ("hr", "de", "en")


def feedback(*args, **kwargs):
    """Analyse one answer; see :func:`interview_coach.engine.feedback`."""
    from .engine import feedback as _feedback

    return _feedback(*args, **kwargs)
