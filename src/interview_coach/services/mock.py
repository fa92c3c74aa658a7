"""A mock interview: the opening, questions of different categories, the closing "Do you have any
questions for us?", and the summary. The same steps for the CLI, the web pages and the API."""

from __future__ import annotations

from ..bank import Bank, Question
from ..errors import NotFound
from ..i18n import Translator, _
from ..store import repo
from ..store.db import Database
from . import closing, practice
from .coach import DEFAULT_USER, Coach
from .models import AttemptRecord, MockPlan, MockResume, MockSummary
from .scheduling import next_questions

OPENING = "tell-me-about-yourself"
CLOSING_QUESTION = _("Do you have any questions for us?")


# The order an interviewer goes through: why this job, what you have done, how you think about
# service, how you act in situations, then your plans and the practical matters.
STAGES = ("motivation", "company-fit", "company-research", "experience", "definition", "qualities", "behavioural",
          "situational", "sales", "career", "practical")


def plan(db: Database, bank: Bank, count: int, user: str = DEFAULT_USER, role: str | None = None) -> list[Question]:
    """The opening, then ``count`` questions asked for ``role``, in the order of a real interview.

    Questions of different categories are chosen in spaced-repetition order; for a job, the questions
    asked for that job only (a full call queue, an abusive caller) come first, up to half of them."""
    ordered = [q for q in next_questions(db, bank, len(bank.questions), user=user, role=role) if q.id != OPENING]
    chosen: list[Question] = []
    seen: set[str] = set()

    def take(candidates, limit):
        for q in candidates:
            if len(chosen) >= limit:
                return
            if q not in chosen and q.category not in seen:
                chosen.append(q)
                seen.add(q.category)

    if role is not None:
        take([q for q in ordered if q.role_specific], (count + 1) // 2)
    take(ordered, count)
    chosen += [q for q in ordered if q not in chosen][: count - len(chosen)]
    chosen.sort(key=lambda q: STAGES.index(q.category) if q.category in STAGES else len(STAGES))
    opening = [bank.question(OPENING)] if OPENING in bank.questions else []
    return opening + chosen


def start(coach: Coach, lang: str, count: int, user: str = DEFAULT_USER, role: str | None = None,
          company: str | None = None) -> MockPlan:
    """Plan the questions (for a job, when given) and open the session; ``company``: the name of a
    saved company or job advert the answers are checked against, kept with the plan."""
    questions = plan(coach.db, coach.bank, count, user, role)
    sid = repo.start_session(coach.db, user, lang, kind="mock", plan={"questions": [q.id for q in questions],
                                                                       "role": role,
                                                                       **({"company": company} if company else {})})
    return MockPlan(session_id=sid, lang=lang, question_ids=[q.id for q in questions], role=role,
                    closing_text=Translator(lang)(CLOSING_QUESTION))


def resume(coach: Coach, user: str = DEFAULT_USER) -> MockResume | None:
    """The newest unfinished mock interview: the questions still to answer (in the plan's order, the
    one stopped in first, with what was typed so far as ``draft``), and whether the closing is left.
    None when there is none to continue."""
    found = repo.open_mock(coach.db, user)
    if found is None:
        return None
    session_id, lang, saved_plan, attempts = found
    done = {a.question_id for a in attempts if a.status != "draft" and a.question_id}
    closing_done = any(a.question_id is None and a.status != "draft" for a in attempts)
    drafts = [a for a in attempts if a.status == "draft"]
    planned = [qid for qid in saved_plan.get("questions", []) if qid in coach.bank.questions]
    # go on where it stopped: at the drafted question, else after the last one answered (a question
    # skipped before that stays skipped, as it would in the interview)
    last = max((i for i, qid in enumerate(planned) if qid in done), default=-1)
    start = planned.index(drafts[-1].question_id) if drafts and drafts[-1].question_id in planned else last + 1
    ids = [qid for qid in planned[start:] if qid not in done]
    if not ids and closing_done:
        return None
    return MockResume(session_id=session_id, lang=lang, question_ids=ids, role=saved_plan.get("role"),
                      closing_text=Translator(lang)(CLOSING_QUESTION), draft=drafts[-1] if drafts else None,
                      answered=start, plan_ids=planned)


def keep_draft(coach: Coach, session_id: int, question: Question, text: str, *, lang: str,
               user: str = DEFAULT_USER) -> AttemptRecord:
    """A half-typed answer when the interview is stopped: kept (not graded) for ``resume``; an
    earlier draft of the same question is replaced."""
    own_session(coach, session_id, user)
    kept = practice.save_draft(coach, question, text, lang=lang, session_id=session_id, user=user)
    repo.drop_earlier_answers(coach.db, kept.attempt_id)
    return kept


def company_of(coach: Coach, session_id: int, user: str = DEFAULT_USER):
    """The saved company (or job advert) profile a mock interview checks its answers against, or None
    (none chosen, or deleted since)."""
    from . import companies

    name = (repo.session_plan(coach.db, session_id, user) or {}).get("company")
    return companies.find(coach, name, user) if name else None


def own_session(coach: Coach, session_id: int, user: str = DEFAULT_USER) -> list[AttemptRecord]:
    """The attempts of one of this user's sessions; ``NotFound`` otherwise (also for absurd ids)."""
    found = repo.session_attempts(coach.db, session_id, user) if 0 < session_id < 2**31 else None
    if found is None:
        raise NotFound("unknown-session", str(session_id), session_id=session_id)
    return found


def answer(coach: Coach, session_id: int, question: Question, text: str, *, lang: str, ui_lang: str,
           user: str = DEFAULT_USER, company=None, transcript=None) -> AttemptRecord:
    own_session(coach, session_id, user)
    result = practice.answer(coach, question, text, lang=lang, ui_lang=ui_lang, session_id=session_id, user=user,
                             company=company, transcript=transcript)
    repo.drop_earlier_answers(coach.db, result.attempt_id)  # answered again (Back): the new answer counts once
    return result


def closing_in(text: str, ui_lang: str) -> str | None:
    """The closing question in ``ui_lang`` when ``text`` is its wording in any interface language (it
    is stored as it was shown), else None."""
    from .. import LANGUAGES

    if text in {Translator(lang)(CLOSING_QUESTION) for lang in LANGUAGES}:
        return Translator(ui_lang)(CLOSING_QUESTION)
    return None


def answer_closing(coach: Coach, session_id: int, text: str, ui_lang: str, user: str = DEFAULT_USER) -> AttemptRecord:
    """Store the candidate's own questions first, then judge them against good questions to ask."""
    own_session(coach, session_id, user)
    shown = Translator(ui_lang)(CLOSING_QUESTION)
    if not text or not text.strip():
        raise practice.EmptyAnswer()
    attempt_id = practice.saving(coach, text, shown, repo.save_attempt, coach.db, session_id, None, shown, None, text)
    result = closing.judge(text, coach.bank, ui_lang)
    repo.record_feedback(coach.db, attempt_id, {"kind": "closing", "score": result["score"], "language": None,
                                                "closing": result, "suggestions": result["suggestions"]})
    repo.drop_earlier_answers(coach.db, attempt_id)
    return repo.attempt(coach.db, attempt_id)


def finish(coach: Coach, session_id: int, user: str = DEFAULT_USER) -> MockSummary:
    """Close the session and sum it up."""
    attempts = own_session(coach, session_id, user)
    repo.end_session(coach.db, session_id)
    return summary(coach, session_id, user, attempts)


def summary(coach: Coach, session_id: int, user: str = DEFAULT_USER,
            attempts: list[AttemptRecord] | None = None) -> MockSummary:
    attempts = attempts if attempts is not None else own_session(coach, session_id, user)
    session = next((s for s in repo.sessions(coach.db, user) if s.session_id == session_id), None)
    scores = [a.score for a in attempts if a.score is not None]
    closing_result = next((a.feedback["closing"] for a in attempts if a.feedback and "closing" in a.feedback), None)
    return MockSummary(session_id=session_id, kind=session.kind if session else "mock",
                       lang=session.lang if session else "en",
                       mean_score=round(sum(scores) / len(scores), 1) if scores else None,
                       attempts=attempts, closing=closing_result)
